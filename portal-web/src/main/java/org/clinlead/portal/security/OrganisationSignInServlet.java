package org.clinlead.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.people.SignIn;
import org.clinlead.portal.people.SignInOutcome;

/**
 * "Sign in with your organisation": {@code /sso/start} sends the browser to the identity provider, {@code /sso/callback}
 * takes its answer, and a validated identity linked to an account signs that account in exactly as the sign-in form
 * does (a fresh session id, the caller kept in the session). Anything else lands on a page that says why in words,
 * and is audited.
 */
@WebServlet(urlPatterns = {"/sso/start", "/sso/callback", "/sso/end"})
public class OrganisationSignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OrganisationSignInServlet.class.getName());

    @Inject
    private OrganisationSignIn sso;

    @Inject
    private SignIn signIn;

    @Inject
    private SessionRegistry sessions;

    @Inject
    private AuditRecorder audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeaders.apply(request, response);
        response.setHeader("Cache-Control", "no-store");
        if (!sso.isOn()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (request.getServletPath().endsWith("/end")) {
            signOutOfProvider(request, response);
            return;
        }
        try {
            if (request.getServletPath().endsWith("/start")) {
                response.sendRedirect(sso.begin(request).toString());
                return;
            }
            String identity = sso.finish(request);
            SignInOutcome outcome = signIn.attemptByOrganisation(identity);
            if (!outcome.succeeded()) {
                refused(request, response, outcome.status() == SignInOutcome.Status.DISABLED ? "disabled" : "unlinked");
                return;
            }
            HttpSession session = request.getSession();
            request.changeSessionId();
            sessions.signedIn(outcome.username(), session);
            session.setAttribute(PortalAuthenticationMechanism.CALLER, new PortalAuthenticationMechanism.SessionCaller(
                    outcome.username(), PortalAuthenticationMechanism.groups(outcome)));
            Object back = session.getAttribute(PortalAuthenticationMechanism.RETURN_TO);
            session.removeAttribute(PortalAuthenticationMechanism.RETURN_TO);
            response.sendRedirect(request.getContextPath() + (back instanceof String path ? path : "/home.xhtml"));
        } catch (SignOnRefused e) {
            LOG.log(Level.INFO, "Organisation sign-in refused: " + e.getMessage());
            audit.recordAs("anonymous", AuditAction.SIGN_IN_FAILED, "user account", null, "Organisation sign-in refused: "
                    + clip(e.getMessage()));
            refused(request, response, "failed");
        }
    }

    /**
     * After signing out of the portal, on to the provider's end of session. A page that moves on by itself, not a
     * redirect: the portal's pages may send forms only to the portal (CSP form-action), and a redirect after the
     * sign-out form would count as one. Only the provider's own end-of-session address is followed.
     */
    private void signOutOfProvider(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String to = request.getParameter("to");
        if (!sso.isProviderSignOut(to)) {
            response.sendRedirect(request.getContextPath() + "/login.xhtml?signedOut=true");
            return;
        }
        String href = org.owasp.encoder.Encode.forHtmlAttribute(to);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Signing out</title>"
                + "<meta http-equiv=\"refresh\" content=\"0;url=" + href + "\"></head><body><p>You have signed out of the portal. "
                + "<a href=\"" + href + "\">Sign out of your organisation too</a>.</p></body></html>");
    }

    private static void refused(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
        response.sendRedirect(request.getContextPath() + "/public/sign-in-refused.xhtml?why=" + why);
    }

    private static String clip(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
