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

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Principal caller = request.getUserPrincipal();
        if (caller != null) {
            audit.recordSecurityEvent(caller.getName(), AuditAction.SIGNED_OUT, "user account", null, "Signed out");
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
