package org.clinlead.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response. Faces pages get their Content-Security-Policy from
 * PrimeFaces (a nonce for its scripts; the policy is in web.xml); everything else — API answers,
 * static resources, redirects — gets one that allows nothing to run and no framing.
 */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.endsWith(".xhtml") && !path.equals("/")) {
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
        }
        if (path.startsWith("/api/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
