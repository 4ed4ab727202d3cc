package org.clinlead.portal.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.PortalException;
import org.clinlead.portal.shell.Feedback;

/**
 * An administrator opening an account, or changing one ({@code ?id=}): roles, linked clinician,
 * disabling (which ends the person's sessions), re-enabling (which clears a lockout), a new password.
 */
@Named
@ViewScoped
public class UserFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAccounts accounts;

    @Inject
    private ClinicianRegister clinicians;

    private Long id;
    private AccountSummary account;
    private String username;
    private String displayName;
    private String password;
    private ClinicianSummary clinician;
    private Role[] roles = new Role[0];

    public void load() {
        if (id != null) {
            show(accounts.find(id));
        }
    }

    private void show(AccountSummary a) {
        account = a;
        username = a.username();
        displayName = a.displayName();
        roles = a.roles().toArray(Role[]::new);
        clinician = a.clinicianId() == null ? null : clinicians.find(a.clinicianId());
    }

    /** Suggestions for the clinician field: clinicians whose name contains what was typed. */
    public List<ClinicianSummary> findClinicians(String text) {
        try {
            return clinicians.search(new PageRequest(0, 15, "familyName", true,
                    java.util.Map.of("name", text == null ? "" : text))).items();
        } catch (org.clinlead.portal.shared.InvalidInputException e) {
            return List.of(); // text no name could hold: no suggestions
        }
    }

    public String save() {
        Set<Role> chosen = roles == null || roles.length == 0 ? Set.of() : EnumSet.copyOf(List.of(roles));
        Long clinicianId = clinician == null ? null : clinician.id();
        try {
            if (id == null) {
                AccountSummary opened = accounts.open(new NewAccount(username, displayName, password, clinicianId, chosen));
                Feedback.done("Opened the account " + opened.username() + ".");
            } else {
                accounts.change(id, account.version(), new AccountChanges(displayName, clinicianId, chosen));
                Feedback.done("Saved the account " + username + ".");
            }
        } catch (PortalException | jakarta.validation.ConstraintViolationException e) {
            Feedback.show("form", e);
            return null;
        } finally {
            password = null;
        }
        return "/admin/users?faces-redirect=true";
    }

    public String toggleEnabled() {
        try {
            AccountSummary saved = account.enabled() ? accounts.disable(id, account.version())
                    : accounts.enable(id, account.version());
            Feedback.done("The account " + saved.username() + (saved.enabled() ? " is enabled again." : " is disabled and signed out."));
        } catch (PortalException | jakarta.validation.ConstraintViolationException e) {
            Feedback.show("form", e);
            return null;
        }
        return "/admin/users?faces-redirect=true";
    }

    public String resetPassword() {
        try {
            accounts.resetPassword(id, password);
            Feedback.done("Set a new password for " + username + ". Give it to them in person or by phone.");
        } catch (PortalException | jakarta.validation.ConstraintViolationException e) {
            Feedback.show("form", e);
            return null;
        } finally {
            password = null;
        }
        return "/admin/users?faces-redirect=true";
    }

    public boolean isNew() {
        return id == null;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public AccountSummary getAccount() {
        return account;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public ClinicianSummary getClinician() {
        return clinician;
    }

    public void setClinician(ClinicianSummary clinician) {
        this.clinician = clinician;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }
}
