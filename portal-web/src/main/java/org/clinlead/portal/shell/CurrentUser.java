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
    private SecurityContext security;

    @Inject
    private UserAccounts accounts;

    @Inject
    private RequestRoles roles;

    private Me me;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    /** The session's roles when {@link #me} was loaded. */
    private java.util.Set<String> loadedFor;

    /**
     * Loaded once per session, and again if an administrator changed the person's roles meanwhile (the session's
     * caller then carries the new roles: {@code SessionRegistry}) — compared with what the session holds, not asked of
     * the container role by role on every page.
     */
    public Me getMe() {
        java.util.Set<String> groups = roles.sessionRoles();
        if (isSignedIn() && (me == null || !java.util.Objects.equals(groups, loadedFor))) {
            me = accounts.me();
            loadedFor = groups;
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

    /** For {@code rendered="#{currentUser.has('ADMIN')}"}; pages read {@link #getCan()} instead where a flag exists. */
    public boolean has(String role) {
        return roles.has(role);
    }

    /**
     * What the signed-in person may do, one flag per kind of action, granted by the same role lists the
     * boundaries declare (a page shows a button by {@code #{currentUser.can.runBoards}}, the boundary still
     * decides).
     */
    public Can getCan() {
        boolean admin = has("ADMIN");
        boolean director = has("MEDICAL_DIRECTOR");
        return new Can(admin, admin || director, director, admin || director, admin || has("BOARD_SECRETARY"),
                admin || has("PROGRAMME_MANAGER"), has("MENTOR"), admin || has("ASPIRING_LEADER"));
    }

    /** The flags of {@link #getCan()}. */
    public record Can(boolean administer, boolean manageAppointments, boolean approveAppointments,
            boolean readInternalRegister, boolean runBoards,
            boolean runProgramme, boolean mentor, boolean startProjects) implements Serializable {
    }
}
