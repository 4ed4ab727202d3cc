package org.clinlead.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response. Faces pages get their Content-Security-Policy from
 * PrimeFaces (a nonce for its scripts; the policy is in web.xml); everything else — API answers,
 * static resources, redirects — gets one that allows nothing to run and no framing.
 */
final class SecurityHeaders {

    private static final java.util.regex.Pattern INLINE_PDF = java.util.regex.Pattern.compile("/api/v1/papers/\\d+/content");

    private SecurityHeaders() {
    }

    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean inlinePdf = INLINE_PDF.matcher(path).matches() && "true".equals(request.getParameter("inline"));
        // A paper's PDF shown inside the paper page may be framed by the portal's own pages, nothing else.
        response.setHeader("X-Frame-Options", inlinePdf ? "SAMEORIGIN" : "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (inlinePdf) {
            response.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
        } else if (request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR) {
            // An error page is a Faces page whatever was asked for (an icon, an image): PrimeFaces gives it the pages'
            // policy; the one set for the request that failed would block the page's own styles.
            response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        } else if (!path.endsWith(".xhtml") && !path.equals("/")) {
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
        }
        if (path.startsWith("/api/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
