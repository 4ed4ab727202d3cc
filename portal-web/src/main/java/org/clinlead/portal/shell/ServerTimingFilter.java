package org.clinlead.portal.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Says how long the server took over each page and API answer, in the standard {@code Server-Timing}
 * header (browsers' developer tools show it; bin/bench-boards reads it). Measured until the handler
 * returns, so a buffered answer is fully computed.
 */
@WebFilter(urlPatterns = {"*.xhtml", "/api/*"})
public class ServerTimingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        TimedResponse timed = new TimedResponse(response, start);
        chain.doFilter(request, timed);
        timed.stamp();
    }

    /** Adds the header at the last moment it can still be added: when the body starts, or at the end. */
    private static final class TimedResponse extends jakarta.servlet.http.HttpServletResponseWrapper {

        private final long start;
        private boolean stamped;

        TimedResponse(HttpServletResponse response, long start) {
            super(response);
            this.start = start;
        }

        void stamp() {
            if (!stamped && !isCommitted()) {
                stamped = true;
                setHeader("Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - start) / 1e6));
            }
        }

        @Override
        public jakarta.servlet.ServletOutputStream getOutputStream() throws IOException {
            stamp();
            return super.getOutputStream();
        }

        @Override
        public java.io.PrintWriter getWriter() throws IOException {
            stamp();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            stamp();
            super.flushBuffer();
        }
    }
}
