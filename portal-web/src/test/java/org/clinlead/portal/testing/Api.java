package org.clinlead.portal.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A small HTTP client for the API tests: JSON in, status/headers/JSON out. A demo account ({@link #as(String)}) calls
 * as scripts do, with a personal API token, made once per account and server with the password (HTTP Basic) and kept:
 * Basic costs a PBKDF2 hash (210,000 rounds) on every call by design, which made the suite's thousands of calls its
 * slowest part. {@link #as(String, String)} sends the password itself, for what is about passwords.
 */
public final class Api {

    /** Plain HTTP/1.1, as browsers and scripts talk to the portal (no h2c upgrade attempts). */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

    /** The token kept for each demo account on each server ("base username" → secret). */
    private static final java.util.Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    private final URI base;
    private final String authorization;
    /** The demo account whose kept token this client sends, or null. */
    private final String tokenOf;

    private Api(URI base, String authorization) {
        this(base, authorization, null);
    }

    private Api(URI base, String authorization, String tokenOf) {
        this.base = base;
        this.authorization = authorization;
        this.tokenOf = tokenOf;
    }

    /** {@code base} is the application's root URL as Arquillian gives it. */
    public static Api at(URL base) {
        try {
            return new Api(Loopback.accepting(base).toURI(), null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public Api as(String username, String password) {
        return new Api(base, basic(username, password));
    }

    /**
     * Signed in as a demo account by its kept API token (read-write), made with the demo password the first time. A
     * call the token is refused (401: a server started afresh since, or the account disabled) is sent once more with a
     * new token, or — when no token can be made — with the password, whose answer it then is: the same answer a call
     * with the password would have had.
     */
    public Api as(String demoUsername) {
        return new Api(base, basic(demoUsername, Demo.PASSWORD), demoUsername);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The kept token of {@link #tokenOf}, made now if there is none; null if the server will not make one. */
    private String token() {
        String key = base + " " + tokenOf;
        String kept = TOKENS.get(key);
        if (kept != null) {
            return kept;
        }
        Answer made = new Api(base, authorization).post("api/v1/tokens", "{\"name\":\"test suite\",\"expiresOn\":\""
                + java.time.LocalDate.now().plusDays(30) + "\",\"readOnly\":false}");
        if (made.status() != 201) {
            return null;
        }
        String secret = made.json().getString("secret");
        TOKENS.put(key, secret);
        return secret;
    }

    /** Signed in by a personal API token, as scripts are. */
    public Api withToken(String secret) {
        return new Api(base, "Bearer " + secret);
    }

    /** Not signed in. */
    public Api anonymous() {
        return new Api(base, null);
    }

    /** Makes a read-write token for a demo account (signing in with the password once) and signs in with it. */
    public Api withTokenOf(String demoUsername) {
        Answer made = as(demoUsername, Demo.PASSWORD).post("api/v1/tokens", "{\"name\":\"test\",\"expiresOn\":\""
                + java.time.LocalDate.now().plusDays(30) + "\",\"readOnly\":false}");
        if (made.status() != 201) {
            throw new IllegalStateException("No token for " + demoUsername + ": " + made);
        }
        return withToken(made.json().getString("secret"));
    }

    /** Any request: a method, a raw path (sent as it is, not encoded again), a body with its type, extra headers. */
    public Answer send(String method, String path, String contentType, byte[] body, java.util.Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        headers.forEach(builder::setHeader);
        return send(builder);
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer getWithAccept(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    public Answer getWithCookie(String path, String cookie) {
        return send(request(path).header("Cookie", cookie).GET());
    }

    public Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A binary answer's bytes (a PDF, a spreadsheet); fails unless the answer is 200. */
    public byte[] download(String path, String accept) {
        HttpRequest.Builder request = request(path).setHeader("Accept", accept).GET();
        HttpResponse<byte[]> response = exchange(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    /** A {@code multipart/form-data} POST: text fields, and one file part named {@code file}. */
    public Answer postMultipart(String path, java.util.Map<String, String> fields, String fileName, byte[] file) {
        String boundary = "----portal" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = s -> body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        fields.forEach((name, value) -> text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n"));
        if (file != null) {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(file);
            text.accept("\r\n");
        }
        text.accept("--" + boundary + "--\r\n");
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base.toString() + (path.startsWith("/") ? path.substring(1) : path)))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json, application/problem+json, text/csv");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder builder) {
        HttpResponse<String> response = exchange(builder, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers(), response.body());
    }

    /** Sends the request with this client's credentials: a demo account's kept token, renewed once if refused. */
    private <T> HttpResponse<T> exchange(HttpRequest.Builder builder, HttpResponse.BodyHandler<T> body) {
        if (tokenOf == null) {
            return exchange(builder.build(), body);
        }
        String token = token();
        if (token != null) {
            HttpResponse<T> answer = exchange(builder.copy().setHeader("Authorization", "Bearer " + token).build(), body);
            if (answer.statusCode() != 401) {
                return answer;
            }
            TOKENS.remove(base + " " + tokenOf, token);
            token = token();
            if (token != null) {
                return exchange(builder.copy().setHeader("Authorization", "Bearer " + token).build(), body);
            }
        }
        return exchange(builder.build(), body);
    }

    private static <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer. */
    public record Answer(int status, java.net.http.HttpHeaders headers, String body) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        /** The items of a list answer, which has the one shape every list has: {@code {items,total,page,size}}. */
        public JsonArray array() {
            JsonStructure parsed = parse();
            if (!(parsed instanceof JsonObject list) || !list.containsKey("items") || !list.containsKey("total")
                    || !list.containsKey("page") || !list.containsKey("size")) {
                throw new AssertionError("Not a list answer {items,total,page,size} (status " + status + "): " + body);
            }
            return list.getJsonArray("items");
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("Not JSON (status " + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
