package org.clinlead.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** What the portal accepts as an ID token from the organisation's provider, and what it refuses. */
class OrganisationSignInTest {

    private static final Issuer ISSUER = new Issuer("https://login.region.example/realm");
    private static final ClientID CLIENT = new ClientID("portal");
    private static final Nonce NONCE = new Nonce("n-0S6_WzA2Mj");

    private final RSAKey providerKey = key("provider");
    private final RSAKey otherKey = key("provider"); // the same key id, another key: a forger's
    private final IDTokenValidator validator = OrganisationSignIn.validator(ISSUER, CLIENT,
            new ImmutableJWKSet<SecurityContext>(new JWKSet(providerKey.toPublicJWK())));

    private static RSAKey key(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SignedJWT token(RSAKey key, String issuer, String audience, long expiresInSeconds, String nonce) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("ben").audience(audience)
                .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + expiresInSeconds * 1000))
                .claim("nonce", nonce).claim("email", "ben.haworth@rzb.nhs.example").build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt;
    }

    @Test
    void aTokenFromTheProviderForThePortalIsAccepted() throws Exception {
        assertThat(validator.validate(token(providerKey, ISSUER.getValue(), "portal", 300, NONCE.getValue()), NONCE)
                .getStringClaim("email")).isEqualTo("ben.haworth@rzb.nhs.example");
    }

    @Test
    void aForgedWrongAudienceWrongIssuerExpiredOrReplayedTokenIsRefused() throws Exception {
        assertThatThrownBy(() -> validator.validate(token(otherKey, ISSUER.getValue(), "portal", 300, NONCE.getValue()), NONCE))
                .as("signed by another key").isInstanceOf(BadJOSEException.class);
        assertThatThrownBy(() -> validator.validate(token(providerKey, ISSUER.getValue(), "another-app", 300, NONCE.getValue()), NONCE))
                .as("for another application").isInstanceOf(BadJOSEException.class);
        assertThatThrownBy(() -> validator.validate(token(providerKey, "https://evil.example", "portal", 300, NONCE.getValue()), NONCE))
                .as("from another issuer").isInstanceOf(BadJOSEException.class);
        assertThatThrownBy(() -> validator.validate(token(providerKey, ISSUER.getValue(), "portal", -600, NONCE.getValue()), NONCE))
                .as("expired").isInstanceOf(BadJOSEException.class);
        assertThatThrownBy(() -> validator.validate(token(providerKey, ISSUER.getValue(), "portal", 300, "another-nonce"), NONCE))
                .as("from another sign-in").isInstanceOf(BadJOSEException.class);
        SignedJWT unsigned = token(providerKey, ISSUER.getValue(), "portal", 300, NONCE.getValue());
        assertThatThrownBy(() -> validator.validate(com.nimbusds.jwt.PlainJWT.parse(new com.nimbusds.jwt.PlainJWT(
                unsigned.getJWTClaimsSet()).serialize()), NONCE)).as("not signed at all").isInstanceOf(BadJOSEException.class);
    }
}
