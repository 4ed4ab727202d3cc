package org.clinlead.portal.shell;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinlead.portal.api.Problems;

/**
 * The error pages answer with the status they describe, on the address that failed (a missing record is a
 * 404 there, not a 200 or a 500 with "not found" written on it; an expired or forged form is a 400). An
 * unexpected failure outside the API's own mapping is logged here once, with the incident number the
 * person is shown; on an API address it is answered as a problem document rather than a page.
 */
@WebFilter(urlPatterns = "/errors/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD})
public class ErrorPagesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPagesFilter.class.getName());
    /** Request attribute carrying the incident number to the 500 page. */
    public static final String INCIDENT = "portal.incident";

    private static final Map<String, Integer> STATUS = Map.of("/errors/404.xhtml", 404, "/errors/403.xhtml", 403,
            "/errors/500.xhtml", 500, "/errors/expired.xhtml", 400);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String page = request.getServletPath();
        Integer status = STATUS.get(page);
        if (status == null) {
            chain.doFilter(request, response);
            return;
        }
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean api = failed != null && failed.toString().startsWith(request.getContextPath() + "/api/");
        if (status == 500 && request.getDispatcherType() == DispatcherType.ERROR) {
            String incident = (String) request.getAttribute(INCIDENT);
            if (incident == null) {
                // Not logged yet (the Faces handler logs its own): once here, with the number the person sees.
                incident = UUID.randomUUID().toString().substring(0, 8);
                Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
                LOG.log(Level.SEVERE, "Incident " + incident + " at " + request.getMethod() + " " + failed, thrown);
                request.setAttribute(INCIDENT, incident);
            }
            if (api) {
                Problems.write(response, 500, "Something went wrong",
                        "The portal could not complete this request. Quote incident " + incident + " to the administrator.");
                return;
            }
        }
        if (api && status == 404) {
            Problems.write(response, 404, "Not found", "There is nothing at this address.");
            return;
        }
        response.setStatus(status);
        // The page is shown as a fresh GET: the failed request's form fields (a forged view state among them)
        // must not make Faces treat the error page as a postback of its own.
        chain.doFilter(request.getDispatcherType() == DispatcherType.ERROR ? new PlainGet(request) : request, response);
    }

    /** The failed request as a plain GET without parameters, for rendering its error page. */
    private static final class PlainGet extends jakarta.servlet.http.HttpServletRequestWrapper {

        PlainGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
