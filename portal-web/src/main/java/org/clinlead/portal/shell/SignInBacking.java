package org.clinlead.portal.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.clinlead.portal.people.SignInOutcome;
import org.clinlead.portal.security.PortalAuthenticationMechanism;
import org.clinlead.portal.security.SignInMessages;

/** The sign-in form: hands the credentials to the authentication mechanism and says what happened. */
@Named
@RequestScoped
public class SignInBacking {

    @Inject
    private SecurityContext security;

    private String username;
    private String password;

    /** Someone already signed in who opens the sign-in page goes home. */
    public void redirectIfSignedIn() throws IOException {
        if (security.getCallerPrincipal() != null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/home.xhtml");
        }
    }

    /**
     * This request's script nonce, which PrimeFaces requires back with every form sent (it refuses a form without one
     * as forged). On other pages PrimeFaces' script adds it; the sign-in page loads no script, so its form carries it.
     */
    public String getNonce() {
        return org.primefaces.context.PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(
                        username == null ? "" : username, password == null ? "" : password)).newAuthentication(true));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            HttpSession session = request.getSession();
            Object returnTo = session.getAttribute(PortalAuthenticationMechanism.RETURN_TO);
            session.removeAttribute(PortalAuthenticationMechanism.RETURN_TO);
            external.redirect(external.getRequestContextPath() + (isSafe(returnTo) ? returnTo : "/home.xhtml"));
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            Object outcome = request.getAttribute(PortalAuthenticationMechanism.OUTCOME);
            Feedback.error(outcome instanceof SignInOutcome refused ? SignInMessages.explain(refused)
                    : "The username or password is not right. Check them and try again.");
        }
    }

    /** Only paths inside the portal: never an address elsewhere. */
    private static boolean isSafe(Object returnTo) {
        return returnTo instanceof String path && path.startsWith("/") && !path.startsWith("//")
                && !path.startsWith("/login.xhtml") && !path.startsWith("/api/");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
