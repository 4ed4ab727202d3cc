package org.clinlead.portal.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Single sign-on with the organisation's identity provider (OpenID Connect, with the Nimbus SDK): the authorization
 * code flow with PKCE from the provider's discovery document, state and nonce checked (each sign-in's once: a replayed
 * answer finds nothing to match), the ID token validated against the provider's JWKS (signature, issuer, audience,
 * expiry, nonce). On when {@code PORTAL_OIDC_ISSUER}, {@code _CLIENT_ID} and {@code _CLIENT_SECRET} are set; the claim
 * that names the person is {@code PORTAL_OIDC_CLAIM} (e-mail by default). Who the person is in the portal, and what
 * they may do, stays the portal's: the identity is matched to a linked account by {@code SignIn}.
 */
@Named
@ApplicationScoped
public class OrganisationSignIn {

    /** Session attribute: the sign-in under way (its state, nonce and PKCE verifier), used once. */
    static final String PENDING = "portal.oidc.pending";
    /** Session attribute: the ID token of the sign-in, for signing out of the provider too. */
    public static final String ID_TOKEN = "portal.oidc.idToken";
    private static final Duration PENDING_LIFE = Duration.ofMinutes(10);
    private static final int TIMEOUT_MS = 10_000;

    /** A sign-in under way, kept in the session between leaving for the provider and coming back. */
    record Pending(String state, String nonce, String verifier, String redirectUri, Instant startedAt) implements Serializable {
    }

    private Optional<Issuer> issuer = Optional.empty();
    private ClientID clientId;
    private Secret secret;
    private String claim;
    private Optional<String> redirectUri;
    private volatile OIDCProviderMetadata metadata;
    private volatile IDTokenValidator validator;

    @PostConstruct
    void read() {
        Config config = ConfigProvider.getConfig();
        Optional<String> configured = config.getOptionalValue("portal.oidc.issuer", String.class).filter(s -> !s.isBlank());
        Optional<String> id = config.getOptionalValue("portal.oidc.client-id", String.class).filter(s -> !s.isBlank());
        if (configured.isPresent() && id.isPresent()) {
            issuer = configured.map(Issuer::new);
            clientId = new ClientID(id.get());
            secret = new Secret(config.getOptionalValue("portal.oidc.client-secret", String.class).orElse(""));
        }
        claim = config.getOptionalValue("portal.oidc.claim", String.class).orElse("email");
        redirectUri = config.getOptionalValue("portal.oidc.redirect-uri", String.class).filter(s -> !s.isBlank());
    }

    /** Whether "Sign in with your organisation" is offered. */
    public boolean isOn() {
        return issuer.isPresent();
    }

    /** Where to send the browser to sign in: the provider's authorization endpoint, with this sign-in's state, nonce and PKCE. */
    URI begin(HttpServletRequest request) throws SignOnRefused {
        OIDCProviderMetadata provider = provider();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        String callback = callback(request);
        request.getSession().setAttribute(PENDING, new Pending(state.getValue(), nonce.getValue(), verifier.getValue(), callback,
                Instant.now()));
        return new AuthenticationRequest.Builder(new ResponseType(ResponseType.Value.CODE), new Scope("openid", "email", "profile"),
                clientId, URI.create(callback)).endpointURI(provider.getAuthorizationEndpointURI()).state(state).nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256).build().toURI();
    }

    /** The person's identity (the configured claim) from the provider's answer, once every check has passed. */
    String finish(HttpServletRequest request) throws SignOnRefused {
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(PENDING);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
        if (!(kept instanceof Pending pending) || pending.startedAt().plus(PENDING_LIFE).isBefore(Instant.now())) {
            throw new SignOnRefused("no sign-in was under way in this session (started twice, replayed or too old)");
        }
        AuthenticationResponse response;
        try {
            String query = request.getQueryString();
            response = AuthenticationResponseParser.parse(URI.create(pending.redirectUri() + (query == null ? "" : "?" + query)));
        } catch (ParseException | IllegalArgumentException e) {
            throw new SignOnRefused("the provider's answer could not be read", e);
        }
        if (!response.indicatesSuccess()) {
            AuthenticationErrorResponse error = response.toErrorResponse();
            throw new SignOnRefused("the provider refused: " + error.getErrorObject().getCode());
        }
        if (response.getState() == null || !pending.state().equals(response.getState().getValue())) {
            throw new SignOnRefused("the answer's state is not this sign-in's");
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        JWT idToken = tokens(code, pending);
        IDTokenClaimsSet claims;
        try {
            claims = validator().validate(idToken, new Nonce(pending.nonce()));
        } catch (BadJOSEException | JOSEException e) {
            throw new SignOnRefused("the ID token is not valid: " + e.getMessage(), e);
        }
        Object identity = claims.getClaim(claim);
        if (!(identity instanceof String name) || name.isBlank()) {
            throw new SignOnRefused("the ID token has no " + claim + " claim");
        }
        session.setAttribute(ID_TOKEN, idToken.serialize());
        return name;
    }

    /** Where to send the browser after signing out of the portal: the provider's end of session, when it has one. */
    public Optional<URI> signOutOfProvider(String idToken, URI backToPortal) {
        if (!isOn() || idToken == null) {
            return Optional.empty();
        }
        try {
            OIDCProviderMetadata provider = provider();
            if (provider.getEndSessionEndpointURI() == null) {
                return Optional.empty();
            }
            return Optional.of(new LogoutRequest(provider.getEndSessionEndpointURI(), com.nimbusds.jwt.JWTParser.parse(idToken),
                    backToPortal, new State()).toURI());
        } catch (SignOnRefused | java.text.ParseException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code to} is an address at the provider's end-of-session endpoint (never anywhere else). */
    boolean isProviderSignOut(String to) {
        try {
            URI end = isOn() ? provider().getEndSessionEndpointURI() : null;
            return end != null && to != null && to.startsWith(end + "?") && !to.contains("\n") && !to.contains("\r");
        } catch (SignOnRefused e) {
            return false;
        }
    }

    private JWT tokens(AuthorizationCode code, Pending pending) throws SignOnRefused {
        TokenRequest exchange = new TokenRequest(provider().getTokenEndpointURI(), new ClientSecretBasic(clientId, secret),
                new AuthorizationCodeGrant(code, URI.create(pending.redirectUri()), new CodeVerifier(pending.verifier())));
        try {
            HTTPRequest http = exchange.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MS);
            http.setReadTimeout(TIMEOUT_MS);
            TokenResponse answer = OIDCTokenResponseParser.parse(http.send());
            if (!answer.indicatesSuccess()) {
                throw new SignOnRefused("the provider would not exchange the code: " + answer.toErrorResponse().getErrorObject().getCode());
            }
            JWT idToken = ((OIDCTokenResponse) answer.toSuccessResponse()).getOIDCTokens().getIDToken();
            if (idToken == null) {
                throw new SignOnRefused("the provider sent no ID token");
            }
            return idToken;
        } catch (ParseException | IOException e) {
            throw new SignOnRefused("the provider could not be reached to exchange the code: " + e.getMessage(), e);
        }
    }

    private String callback(HttpServletRequest request) {
        return redirectUri.orElseGet(() -> request.getRequestURL().toString().replaceFirst("/sso/start$", "/sso/callback"));
    }

    /** The provider's discovery document, read once (and again after a failure). */
    private OIDCProviderMetadata provider() throws SignOnRefused {
        OIDCProviderMetadata known = metadata;
        if (known != null) {
            return known;
        }
        try {
            known = OIDCProviderMetadata.resolve(issuer.orElseThrow(() -> new SignOnRefused("single sign-on is not set up")),
                    TIMEOUT_MS, TIMEOUT_MS);
        } catch (IOException | com.nimbusds.oauth2.sdk.GeneralException e) {
            throw new SignOnRefused("the provider's discovery document could not be read: " + e.getMessage(), e);
        }
        metadata = known;
        return known;
    }

    private IDTokenValidator validator() throws SignOnRefused {
        IDTokenValidator known = validator;
        if (known == null) {
            OIDCProviderMetadata provider = provider();
            try {
                known = validator(provider.getIssuer(), clientId, com.nimbusds.jose.jwk.source.JWKSourceBuilder
                        .<com.nimbusds.jose.proc.SecurityContext>create(provider.getJWKSetURI().toURL()).build());
            } catch (MalformedURLException e) {
                throw new SignOnRefused("the provider's key set address is not valid", e);
            }
            validator = known;
        }
        return known;
    }

    /** What an ID token must be: signed (RS256) by a key of the provider's, for this client, from this issuer, not expired. */
    static IDTokenValidator validator(Issuer issuer, ClientID clientId,
            com.nimbusds.jose.jwk.source.JWKSource<com.nimbusds.jose.proc.SecurityContext> keys) {
        return new IDTokenValidator(issuer, clientId,
                new com.nimbusds.jose.proc.JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys), null);
    }
}
