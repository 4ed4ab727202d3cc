package org.clinlead.portal.testing;

import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * A real OpenID Connect provider in the test JVM (mock-oauth2-server: discovery, JWKS, the code flow, end of session),
 * at the issuer the test servers are configured with (arquillian.xml): {@code http://127.0.0.1:<port>/region}.
 *
 * <p>Its signing key is held here, so that a test can have the provider's next answer to the code exchange carry an ID
 * token that is {@linkplain Tampering wrong in one way} — the provider itself only issues good ones.
 */
public final class IdentityProvider implements AutoCloseable {

    public static final String ISSUER = "region";
    public static final String CLIENT = "portal";

    /** How the next answer to the code exchange is spoilt between the provider and the portal. */
    public enum Tampering {
        /** The same claims, signed by a key the provider never published (with the published key's id). */
        SIGNED_BY_ANOTHER_KEY,
        /** Signed by the provider's own key, but addressed to another application. */
        FOR_ANOTHER_APPLICATION
    }

    private static final String FORWARDED = "X-Test-Untouched";

    private final RSAKey signingKey = generate();
    private final AtomicReference<Tampering> tampering = new AtomicReference<>();
    private final MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(false, null, null, false,
            new OAuth2TokenProvider(new KeyProvider(List.of(signingKey), JWSAlgorithm.RS256.getName())), Set.of(), new MockWebServerWrapper(null)),
            new Tamperer());

    public static IdentityProvider start() {
        IdentityProvider provider = new IdentityProvider();
        try {
            provider.server.start(InetAddress.getByName("127.0.0.1"), Integer.getInteger("portal.test.oidc.port"));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        return provider;
    }

    /** The next sign-in's ID token says the person is {@code email}, for {@code audience}, valid for {@code seconds} (negative: expired). */
    public void next(String email, String audience, long seconds) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "subject-" + email, "JWT", List.of(audience),
                Map.of("email", email), seconds));
    }

    /** The provider's next answer to a code exchange carries an ID token spoilt this way (once). */
    public void spoilNext(Tampering how) {
        tampering.set(how);
    }

    @Override
    public void close() {
        server.shutdown();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(ISSUER).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            token.sign(new RSASSASigner(key));
            return token.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stands before the provider's token endpoint while a tampering is armed: passes the exchange on to the provider
     * (marked, so it is not caught twice), then spoils the ID token in the provider's answer.
     */
    private final class Tamperer implements Route {
        @Override
        public boolean match(OAuth2HttpRequest request) {
            return tampering.get() != null && "POST".equals(request.getMethod()) && request.getUrl().encodedPath().endsWith("/token")
                    && request.getHeaders().get(FORWARDED) == null;
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            Tampering how = tampering.getAndSet(null);
            HttpRequest.Builder forward = HttpRequest.newBuilder(request.getUrl().uri()).header(FORWARDED, "yes")
                    .POST(HttpRequest.BodyPublishers.ofString(request.getBody() == null ? "" : request.getBody()));
            for (String name : List.of("Authorization", "Content-Type")) {
                String value = request.getHeaders().get(name);
                if (value != null) {
                    forward.header(name, value);
                }
            }
            try {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(forward.build(), HttpResponse.BodyHandlers.ofString());
                JsonObject tokens = Json.createReader(new java.io.StringReader(answer.body())).readObject();
                JWTClaimsSet claims = SignedJWT.parse(tokens.getString("id_token")).getJWTClaimsSet();
                String spoilt = how == Tampering.SIGNED_BY_ANOTHER_KEY
                        ? sign(claims, new RSAKeyGenerator(2048).keyID(signingKey.getKeyID()).generate())
                        : sign(new JWTClaimsSet.Builder(claims).audience("another-application").build(), signingKey);
                String body = Json.createObjectBuilder(tokens).add("id_token", spoilt).build().toString();
                return new OAuth2HttpResponse(okhttp3.Headers.of("Content-Type", "application/json;charset=UTF-8"),
                        answer.statusCode(), body, null);
            } catch (java.io.IOException | java.text.ParseException | JOSEException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A browser without a browser: follows the sign-in's redirects one at a time, keeping cookies, so each step can be seen. */
    public static final class Flow {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        /** The Location of the answer to a GET (null when it is not a redirect). */
        public URI next(URI at) {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(at).GET().build(), HttpResponse.BodyHandlers.ofString());
                return answer.headers().firstValue("Location").map(at::resolve).orElse(null);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** The body of a GET with this flow's cookies. */
        public String body(URI at) {
            try {
                return http.send(HttpRequest.newBuilder(at).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
