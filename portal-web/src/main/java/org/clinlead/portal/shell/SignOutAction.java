package org.clinlead.portal.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;

/** Signing out: the session ends and the person lands on the sign-in page. */
@Named
@RequestScoped
public class SignOutAction {

    @Inject
    private AuditRecorder audit;

    @Inject
    private org.clinlead.portal.security.OrganisationSignIn sso;

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Principal caller = request.getUserPrincipal();
        if (caller != null) {
            audit.recordSecurityEvent(caller.getName(), AuditAction.SIGNED_OUT, "user account", null, "Signed out");
        }
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        String idToken = session == null ? null : (String) session.getAttribute(org.clinlead.portal.security.OrganisationSignIn.ID_TOKEN);
        request.logout();
        external.invalidateSession();
        String back = request.getRequestURL().toString().replaceFirst("^(https?://[^/]+).*$", "$1") + external.getRequestContextPath()
                + "/login.xhtml?signedOut=true";
        // Signed in through the organisation: sign out there too, when its provider offers it (RP-initiated logout).
        external.redirect(sso.signOutOfProvider(idToken, java.net.URI.create(back))
                .map(end -> external.getRequestContextPath() + "/sso/end?to="
                        + java.net.URLEncoder.encode(end.toString(), java.nio.charset.StandardCharsets.UTF_8))
                .orElse(external.getRequestContextPath() + "/login.xhtml?signedOut=true"));
    }
}
