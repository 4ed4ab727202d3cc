package org.clinlead.portal.boards;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;

/**
 * A stored PDF as an HTTP answer: {@code application/pdf}, its length, a safe {@code Content-Disposition}
 * (attachment, or inline for the viewer in the page; the file name is already reduced to safe characters),
 * no sniffing, no caching by shared caches.
 */
final class PdfResponse {

    private PdfResponse() {
    }

    static Response of(PaperContent content, boolean inline) {
        StreamingOutput body = out -> Files.copy(content.file(), out);
        return Response.ok(body, "application/pdf")
                .header("Content-Length", content.size())
                .header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + content.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
