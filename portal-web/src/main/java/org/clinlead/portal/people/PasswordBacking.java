package org.clinlead.portal.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clinlead.portal.shared.PortalException;
import org.clinlead.portal.shell.Feedback;

/** A person changing their own password. */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    private UserAccounts accounts;

    private String currentPassword;
    private String newPassword;

    public String change() {
        try {
            accounts.changeOwnPassword(currentPassword, newPassword);
        } catch (PortalException | jakarta.validation.ConstraintViolationException e) {
            Feedback.show("form", e);
            return null;
        }
        Feedback.done("Your password has been changed.");
        return "/home?faces-redirect=true";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
