package org.clinlead.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.clinlead.portal.api.Problems;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;

/**
 * Every refused request reaches the 403 error page; on its way there it is written to the audit log
 * (who, which address). A refused API request is answered as a problem document instead of the page.
 */
@WebFilter(urlPatterns = "/errors/403.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class DeniedAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditRecorder audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Principal caller = request.getUserPrincipal();
        String actor = caller == null ? "anonymous" : caller.getName();
        audit.recordSecurityEvent(actor, AuditAction.ACCESS_DENIED, "address", null,
                request.getMethod() + " " + uri);
        if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api/")) {
            Problems.write(response, HttpServletResponse.SC_FORBIDDEN, "Not allowed", "Your roles do not allow this request.");
            return;
        }
        chain.doFilter(request, response);
    }
}
