package org.clinlead.portal.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import org.clinlead.portal.people.Me;
import org.clinlead.portal.people.Role;
import org.clinlead.portal.people.UserAccounts;

/**
 * The signed-in person, for the header, the menu and {@code rendered=} checks. The only session-scoped
 * bean of the portal; it holds a small record, loaded once per session.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SecurityContext security;

    @Inject
    private UserAccounts accounts;

    private Me me;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public Me getMe() {
        if (me == null && isSignedIn()) {
            me = accounts.me();
        }
        return me;
    }

    public String getDisplayName() {
        Me current = getMe();
        return current == null ? "" : current.displayName();
    }

    public List<Role> getRoles() {
        Me current = getMe();
        return current == null ? List.of() : current.roles();
    }

    /** For {@code rendered="#{currentUser.has('ADMIN')}"}. */
    public boolean has(String role) {
        return security.isCallerInRole(role);
    }
}
