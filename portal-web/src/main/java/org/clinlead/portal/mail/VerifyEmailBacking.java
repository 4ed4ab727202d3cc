package org.clinlead.portal.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The page the check link opens: the signed-in person's address is checked by the token in the link. */
@Named
@RequestScoped
public class VerifyEmailBacking {

    @Inject
    private MyMail mail;

    private String token;
    private MyMailSettings checked;
    private String problem;

    public void verify() {
        try {
            checked = mail.verify(token);
        } catch (org.clinlead.portal.shared.PortalException e) {
            problem = org.clinlead.portal.shared.FieldErrors.of(e).isEmpty() ? e.getMessage() : org.clinlead.portal.shared.FieldErrors.of(e).get(0).message();
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public MyMailSettings getChecked() {
        return checked;
    }

    public String getProblem() {
        return problem;
    }
}
