package org.clinlead.portal.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Security headers on every response. Faces pages get their Content-Security-Policy from PrimeFaces
 * (with a nonce for its scripts, policy in web.xml); everything else (API answers, static resources)
 * gets a policy that allows nothing to run and no framing. A request signed in by a token or HTTP Basic
 * keeps no session: scripts send their credentials every time.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(request, response);
        try {
            chain.doFilter(request, response);
        } finally {
            if (PortalAuthenticationMechanism.isScript(request)) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
    }
}
