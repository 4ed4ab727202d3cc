package org.clinlead.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.clinlead.portal.api.Problems;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses a change that a browser was made to send from another site (cross-site request forgery). A
 * change ridden on the session cookie — any method but GET, HEAD and OPTIONS, signed in by the session
 * rather than by a script's token or password — must come from the portal's own pages: its {@code Origin}
 * (or, failing that, its {@code Referer}) must be the portal's own address or one listed in
 * {@code portal.origins}. An API change by cookie with neither header is refused too (browsers always
 * send {@code Origin} with such requests); a Faces post without either is left to the view state, which
 * a cross-site form cannot know. Refusals are written to the audit log.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SameOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditRecorder audit;

    /** Other addresses the portal is reached by (behind a proxy), from {@code portal.origins}. */
    private List<String> trusted = List.of();

    @Override
    public void init() throws ServletException {
        trusted = ConfigProvider.getConfig().getOptionalValues("portal.origins", String.class).orElse(List.of())
                .stream().map(SameOriginFilter::normalise).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (PortalAuthenticationMechanism.SAFE_METHODS.contains(request.getMethod())
                || PortalAuthenticationMechanism.isScript(request) || sameOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        String caller = request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
        String origin = request.getHeader("Origin") != null ? request.getHeader("Origin") : request.getHeader("Referer");
        audit.recordSecurityEvent(caller, AuditAction.ACCESS_DENIED, "address", null, request.getMethod() + " "
                + request.getRequestURI() + " from another site (" + (origin == null ? "no origin" : clip(origin)) + ")");
        SecurityHeaders.apply(request, response);
        if (isApi(request)) {
            Problems.write(response, HttpServletResponse.SC_FORBIDDEN, "Not allowed",
                    "This change did not come from the portal's own pages. Scripts sign in with an API token.");
        } else {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setCharacterEncoding("UTF-8");
            response.setContentType("text/plain");
            response.getWriter().write("This change did not come from the portal's own pages, so it was refused.");
        }
    }

    private boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            String referer = request.getHeader("Referer");
            if (referer == null || referer.isBlank()) {
                return !isApi(request);
            }
            origin = originOf(referer);
        }
        String normalised = normalise(origin);
        if (normalised == null) {
            return false;
        }
        if (normalised.equals(normalise(request.getScheme() + "://" + request.getHeader("Host")))
                || normalised.equals(normalise(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()))) {
            return true;
        }
        return trusted.contains(normalised);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String originOf(String url) {
        try {
            URI uri = URI.create(url.strip());
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** scheme://host:port in lower case, with the scheme's default port written out; null if it is not one. */
    static String normalise(String origin) {
        if (origin == null) {
            return null;
        }
        try {
            URI uri = URI.create(origin.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return null;
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String clip(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 120 ? printable.substring(0, 120) + "…" : printable;
    }
}
