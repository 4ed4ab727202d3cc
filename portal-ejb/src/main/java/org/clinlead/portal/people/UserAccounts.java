package org.clinlead.portal.people;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.ASPIRING_LEADER;
import static org.clinlead.portal.people.Roles.BOARD_MEMBER;
import static org.clinlead.portal.people.Roles.BOARD_SECRETARY;
import static org.clinlead.portal.people.Roles.COMMISSIONER;
import static org.clinlead.portal.people.Roles.MEDICAL_DIRECTOR;
import static org.clinlead.portal.people.Roles.MENTOR;
import static org.clinlead.portal.people.Roles.PROGRAMME_MANAGER;
import static org.clinlead.portal.people.Roles.PROVIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.shared.DuplicateValueException;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Lists;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * User accounts. Administrators open, change, disable and re-enable them; disabling ends the person's
 * sessions at once. Every signed-in person can read their own account ({@link #me()}) and change their
 * own password.
 */
@Stateless
public class UserAccounts {

    static final String RECORD = "user account";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private Passwords passwords;

    @Inject
    private Event<AccountDisabled> disabled;

    @Inject
    private Event<AccountRolesChanged> rolesChanged;

    @Inject
    private Caller caller;

    @RolesAllowed(ADMIN)
    public Page<AccountSummary> search(PageRequest request) {
        Instant now = Instant.now();
        return new Lists<>(em, UserAccount.class,
                Map.of("username", r -> r.get("username"), "displayName", r -> r.get("displayName"),
                        "lastSignIn", r -> r.get("lastSignIn")),
                Map.of("name", (cb, r) -> v -> cb.or(Lists.contains(cb, r.get("username"), v),
                                Lists.contains(cb, r.get("displayName"), v)),
                        "role", (cb, r) -> v -> cb.isMember(parseRole(v), r.get("roles"))),
                "username", true)
                .page(request).map(a -> AccountSummary.of(a, now));
    }

    @RolesAllowed(ADMIN)
    public AccountSummary find(long id) {
        return AccountSummary.of(load(id), Instant.now());
    }

    @RolesAllowed(ADMIN)
    public AccountSummary open(@Valid @NotNull(message = "{request.body.required}") NewAccount request) {
        String username = UserAccount.normaliseUsername(request.username());
        String hash = passwords.hashNew(request.password(), username, "password");
        UserAccount account = new UserAccount(username, request.displayName(), hash, clinician(request.clinicianId()),
                request.roles() == null ? Set.of() : request.roles());
        if (exists(account.getUsername())) {
            throw usernameTaken(account.getUsername());
        }
        em.persist(account);
        Persistence.flush(em, RECORD, () -> usernameTaken(account.getUsername()));
        audit.record(AuditAction.CREATED, RECORD, account.getId(), describe(account));
        return AccountSummary.of(account, Instant.now());
    }

    @RolesAllowed(ADMIN)
    public AccountSummary change(long id, long version,
            @Valid @NotNull(message = "{request.body.required}") AccountChanges changes) {
        UserAccount account = load(id);
        Persistence.checkVersion(RECORD, version, account.getVersion());
        String before = describe(account);
        if (account.getUsername().equals(callerName()) && changes.roles() != null && !changes.roles().contains(Role.ADMIN)) {
            throw new RuleViolationException("You cannot take the administrator role away from your own account.");
        }
        Set<Role> rolesBefore = Set.copyOf(account.getRoles());
        account.rename(changes.displayName());
        account.linkTo(clinician(changes.clinicianId()));
        account.assignRoles(changes.roles() == null ? Set.of() : changes.roles());
        Persistence.flush(em, RECORD, () -> usernameTaken(account.getUsername()));
        audit.record(AuditAction.UPDATED, RECORD, id, before + " → " + describe(account));
        if (!rolesBefore.equals(Set.copyOf(account.getRoles()))) {
            rolesChanged.fire(new AccountRolesChanged(account.getUsername()));
        }
        return AccountSummary.of(account, Instant.now());
    }

    /**
     * Links the account to the person's identity at the organisation's identity provider (the configured claim, e.g.
     * their work e-mail), so they can sign in with it; blank unlinks. One identity belongs to one account.
     */
    @RolesAllowed(ADMIN)
    public AccountSummary linkIdentity(long id, long version, String identity) {
        UserAccount account = load(id);
        Persistence.checkVersion(RECORD, version, account.getVersion());
        String before = account.getSsoIdentity();
        account.linkIdentity(identity);
        Persistence.flush(em, RECORD, () -> new DuplicateValueException("ssoIdentity", "The identity "
                + UserAccount.normaliseIdentity(identity) + " is already linked to another account."));
        audit.record(AuditAction.UPDATED, RECORD, id, "Organisation sign-in of " + account.getUsername() + ": "
                + (before == null ? "none" : before) + " → " + (account.getSsoIdentity() == null ? "none" : account.getSsoIdentity()));
        return AccountSummary.of(account, Instant.now());
    }

    /** Disables the account and ends its sessions; it can no longer sign in. */
    @RolesAllowed(ADMIN)
    public AccountSummary disable(long id, long version) {
        UserAccount account = load(id);
        Persistence.checkVersion(RECORD, version, account.getVersion());
        if (account.getUsername().equals(callerName())) {
            throw new RuleViolationException("You cannot disable your own account.");
        }
        account.disable();
        Persistence.flush(em, RECORD, () -> usernameTaken(account.getUsername()));
        audit.record(AuditAction.ACCOUNT_DISABLED, RECORD, id, account.getUsername() + " disabled");
        disabled.fire(new AccountDisabled(account.getUsername()));
        return AccountSummary.of(account, Instant.now());
    }

    /** Re-enables the account and clears any lockout. */
    @RolesAllowed(ADMIN)
    public AccountSummary enable(long id, long version) {
        UserAccount account = load(id);
        Persistence.checkVersion(RECORD, version, account.getVersion());
        account.enable();
        Persistence.flush(em, RECORD, () -> usernameTaken(account.getUsername()));
        audit.record(AuditAction.ACCOUNT_ENABLED, RECORD, id, account.getUsername() + " enabled (lockout cleared)");
        return AccountSummary.of(account, Instant.now());
    }

    /** Sets a new password for someone who has forgotten theirs. */
    @RolesAllowed(ADMIN)
    public AccountSummary resetPassword(long id, String newPassword) {
        UserAccount account = load(id);
        account.changePasswordHash(passwords.hashNew(newPassword, account.getUsername(), "password"));
        Persistence.flush(em, RECORD, () -> usernameTaken(account.getUsername()));
        audit.record(AuditAction.PASSWORD_CHANGED, RECORD, id, "Password reset by an administrator");
        return AccountSummary.of(account, Instant.now());
    }

    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public Me me() {
        // One query for the account, its clinician and organisation: scripts ask this often.
        UserAccount account = org.clinlead.portal.shared.Persistence.fetchingOptional(em.createQuery("select a from "
                        + "UserAccount a left join fetch a.clinician where a.username = :name", UserAccount.class),
                "a.clinician.organisation")
                .setParameter("name", callerName()).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException(RECORD, callerName()));
        Clinician clinician = account.getClinician();
        return new Me(account.getUsername(), account.getDisplayName(), account.getRoles().stream().sorted().toList(),
                clinician == null ? null : clinician.getOrganisation().getName(),
                clinician == null ? null : clinician.getProfession().label(),
                clinician == null ? null : clinician.getOrganisation().getId());
    }

    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = byUsername(callerName());
        if (!passwords.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "Your current password is not right.");
        }
        account.changePasswordHash(passwords.hashNew(newPassword, account.getUsername(), "newPassword"));
        audit.record(AuditAction.PASSWORD_CHANGED, RECORD, account.getId(), "Password changed by its owner");
    }

    private UserAccount byUsername(String username) {
        List<UserAccount> found = em.createQuery("select a from UserAccount a where a.username = :name", UserAccount.class)
                .setParameter("name", username).getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException(RECORD, username);
        }
        return found.get(0);
    }

    private UserAccount load(long id) {
        UserAccount account = Records.find(em, UserAccount.class, id, RECORD);
        return account;
    }

    private Clinician clinician(Long id) {
        if (id == null) {
            return null;
        }
        Clinician clinician = em.find(Clinician.class, id);
        if (clinician == null) {
            throw new InvalidInputException("clinicianId", "There is no clinician with id " + id + ".");
        }
        return clinician;
    }

    private boolean exists(String username) {
        return !em.createQuery("select a.id from UserAccount a where a.username = :name", Long.class)
                .setParameter("name", username).getResultList().isEmpty();
    }

    private String callerName() {
        return caller.name();
    }

    private static DuplicateValueException usernameTaken(String username) {
        return new DuplicateValueException("username", "The username " + username + " is already taken.");
    }

    private static Role parseRole(String value) {
        try {
            return Role.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("role", "There is no role called " + value + ".");
        }
    }

    private static String describe(UserAccount a) {
        return a.getUsername() + " [" + a.getDisplayName() + ", roles " + a.getRoles().stream().sorted().toList()
                + (a.getClinician() == null ? "" : ", clinician " + a.getClinician().getId())
                + (a.isEnabled() ? "" : ", disabled") + "]";
    }
}
