package org.clinlead.portal.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.clinlead.portal.shared.FieldError;

/** Builds problem answers, the one shape every API error takes. */
public final class Problems {

    /** Looked up once: {@code Json.create…} looks the provider up through the class loader on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Response response(int status, String title, String detail, List<FieldError> errors) {
        return Response.status(status).type(MEDIA_TYPE + ";charset=UTF-8")
                .entity(new Problem("about:blank", title, status, detail, errors == null || errors.isEmpty() ? null : errors))
                .build();
    }

    public static Response response(int status, String title, String detail) {
        return response(status, title, detail, null);
    }

    /** A 400 listing every field that needs a look; the detail repeats the message when there is one. */
    public static Response invalidInput(List<FieldError> errors) {
        return response(400, "Invalid input", errors.size() == 1 ? errors.get(0).message()
                : "Some values are not valid: " + errors.size() + " fields need a look.", errors);
    }

    /** Writes a problem answer outside JAX-RS (filters, the authentication mechanism). */
    public static void write(jakarta.servlet.http.HttpServletResponse response, int status, String title, String detail)
            throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json(status, title, detail));
    }

    /** The same document as text, for places outside JAX-RS (filters, the authentication mechanism). */
    public static String json(int status, String title, String detail) {
        return JSON.createObjectBuilder().add("type", "about:blank").add("title", title).add("status", status)
                .add("detail", detail).build().toString();
    }
}
