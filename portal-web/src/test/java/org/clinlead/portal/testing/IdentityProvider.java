package org.clinlead.portal.testing;

import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect provider in the test JVM (mock-oauth2-server: discovery, JWKS, the code flow, end of session),
 * at the issuer the test servers are configured with (arquillian.xml): {@code http://127.0.0.1:<port>/region}.
 */
public final class IdentityProvider implements AutoCloseable {

    public static final String ISSUER = "region";
    public static final String CLIENT = "portal";

    private final MockOAuth2Server server = new MockOAuth2Server();

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

    @Override
    public void close() {
        server.shutdown();
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
