package org.clinlead.portal.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Locale;
import org.clinlead.portal.shared.StatementCount;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Says how long the server took over each page and API answer, in the standard {@code Server-Timing}
 * header (browsers' developer tools show it; bin/bench-boards reads it). Measured until the handler
 * returns, so a buffered answer is fully computed.
 *
 * <p>With {@code portal.diagnostics} on (the tests; never needed in production) the answer is held back until it is
 * complete and the header also says how many SQL statements it took ({@code sql;desc="42 statements"}), which the tests
 * hold each main page to (issue 17).
 */
@WebFilter(urlPatterns = {"*.xhtml", "/api/*"})
public class ServerTimingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Larger than any page (the biggest, a project with three charts, is under 100 KB): nothing is sent early. */
    private static final int WHOLE_ANSWER = 1024 * 1024;

    @Inject
    @ConfigProperty(name = "portal.diagnostics", defaultValue = "false")
    private boolean diagnostics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        if (!diagnostics) {
            TimedResponse timed = new TimedResponse(response, start);
            chain.doFilter(request, timed);
            timed.stamp();
            return;
        }
        response.setBufferSize(WHOLE_ANSWER);
        StatementCount.start();
        try {
            chain.doFilter(request, response);
        } finally {
            int statements = StatementCount.stop();
            if (!response.isCommitted()) {
                response.setHeader("Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f, sql;desc=\"%d statements\"",
                        (System.nanoTime() - start) / 1e6, statements));
            }
        }
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
                // Tenths of a millisecond by integer arithmetic: String.format was 3 % of a small page (issue 17).
                long tenths = (System.nanoTime() - start) / 100_000;
                setHeader("Server-Timing", "app;dur=" + tenths / 10 + "." + tenths % 10);
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
