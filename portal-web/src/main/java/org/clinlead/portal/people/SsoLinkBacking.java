package org.clinlead.portal.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinlead.portal.shell.Feedback;

/** The account page's "Organisation sign-in": the identity the organisation's provider gives this person. */
@Named
@ViewScoped
public class SsoLinkBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserFormBacking form;

    @Inject
    private UserAccounts accounts;

    private String identity;
    private boolean filled;

    public String save() {
        AccountSummary account = form.getAccount();
        return Feedback.attempt("sso", () -> accounts.linkIdentity(account.id(), account.version(), identity),
                identity == null || identity.isBlank() ? "The account is no longer linked to an organisation sign-in."
                        : "The account is linked: its owner can sign in with their organisation.",
                "/admin/user?faces-redirect=true&id=" + account.id());
    }

    public String getIdentity() {
        if (!filled && form.getAccount() != null) {
            identity = form.getAccount().ssoIdentity();
            filled = true;
        }
        return identity;
    }

    public void setIdentity(String identity) {
        this.filled = true;
        this.identity = identity;
    }
}
