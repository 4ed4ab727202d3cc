package org.clinlead.portal.people;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;

/**
 * Checks a username and password for the authentication mechanism. Open to everyone by design (it is
 * how one signs in); it applies {@link LockoutPolicy#STANDARD} and records every failure in the audit
 * log, with the attempted username as actor.
 * <p>
 * The account row is written only when something changes that must be kept — a failure counted, a
 * lock cleared, the sign-in page's "last signed in" — and then under a row lock, so parallel attempts
 * by one person queue rather than collide. A script's password on an API call changes nothing when it
 * is right: many calls at once by one account do not write at all.
 * <p>
 * The answers do not tell a guesser which usernames exist: made-up names are counted and locked like
 * real ones, and "disabled" is said only to someone who knows the password.
 */
@Stateless
public class SignIn {

    private static final String RECORD = "user account";

    /** Where the credentials came from: the sign-in page keeps "last signed in", an API call does not. */
    public enum Channel { PAGE, API }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Passwords passwords;

    @Inject
    private AuditRecorder audit;

    @Inject
    private UnknownNames unknownNames;

    @Inject
    private Clock clock;

    /**
     * Everyone signs in through the organisation except the break-glass administrator ({@code portal.oidc.break-glass}):
     * forced by this setting, or switched on by an administrator ({@link SignInPolicies}).
     */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.oidc.required", defaultValue = "false")
    private boolean organisationRequired;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "portal.oidc.break-glass", defaultValue = "admin")
    private String breakGlass;

    @PermitAll
    public SignInOutcome attempt(String username, String password, Channel channel) {
        String name = UserAccount.normaliseUsername(username);
        Instant now = Instant.now(clock);
        List<UserAccount> found = name == null || name.isEmpty() || name.length() > UserAccount.USERNAME_MAX ? List.of()
                : em.createQuery("select a from UserAccount a where a.username = :name", UserAccount.class)
                        .setParameter("name", name).getResultList();
        if (found.isEmpty()) {
            return unknown(name, password, now);
        }
        UserAccount account = found.get(0);
        if (account.isLockedAt(now)) {
            audit.recordAs(account.getUsername(), AuditAction.SIGN_IN_FAILED, RECORD, account.getId(),
                    "Account locked until " + account.getLockedUntil());
            return SignInOutcome.refused(SignInOutcome.Status.LOCKED, account.getLockedUntil());
        }
        if (!passwords.matches(password, account.getPasswordHash())) {
            return wrongPassword(account, now);
        }
        if (!account.isEnabled()) {
            audit.recordAs(account.getUsername(), AuditAction.SIGN_IN_FAILED, RECORD, account.getId(), "Account disabled");
            return SignInOutcome.refused(SignInOutcome.Status.DISABLED, null);
        }
        if (!account.getUsername().equals(UserAccount.normaliseUsername(breakGlass))
                && (organisationRequired || em.find(SignInPolicy.class, SignInPolicy.ONLY).isOrganisationRequired())) {
            audit.recordAs(account.getUsername(), AuditAction.SIGN_IN_FAILED, RECORD, account.getId(),
                    "Password sign-in refused: this portal signs in through the organisation");
            return SignInOutcome.refused(SignInOutcome.Status.ORGANISATION_ONLY, null);
        }
        if (channel == Channel.PAGE || account.hasFailuresToClear()) {
            em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
            account.recordSuccessfulSignIn(channel == Channel.PAGE ? now : account.getLastSignIn());
        }
        if (channel == Channel.PAGE) {
            audit.recordAs(account.getUsername(), AuditAction.SIGNED_IN, RECORD, account.getId(), "Signed in");
        }
        return SignInOutcome.success(account);
    }

    /**
     * A sign-in through the organisation's identity provider, whose token has been validated: the account linked to
     * {@code identity} (the configured claim). An identity linked to no account, or a disabled account, is refused and
     * audited. Roles stay the portal's own.
     */
    @PermitAll
    public SignInOutcome attemptByOrganisation(String identity) {
        String key = UserAccount.normaliseIdentity(identity);
        List<UserAccount> found = key == null ? List.of()
                : em.createQuery("select a from UserAccount a where a.ssoIdentity = :identity", UserAccount.class)
                        .setParameter("identity", key).getResultList();
        if (found.isEmpty()) {
            audit.recordAs(actor(key), AuditAction.SIGN_IN_FAILED, RECORD, null, "Organisation sign-in as "
                    + (key == null ? "(no identity)" : key) + ", which is linked to no portal account");
            return SignInOutcome.refused(SignInOutcome.Status.UNLINKED, null);
        }
        UserAccount account = found.get(0);
        if (!account.isEnabled()) {
            audit.recordAs(account.getUsername(), AuditAction.SIGN_IN_FAILED, RECORD, account.getId(),
                    "Organisation sign-in to a disabled account");
            return SignInOutcome.refused(SignInOutcome.Status.DISABLED, null);
        }
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        account.recordSsoSignIn(Instant.now(clock));
        audit.recordAs(account.getUsername(), AuditAction.SIGNED_IN, RECORD, account.getId(),
                "Signed in with the organisation's identity provider (" + key + ")");
        return SignInOutcome.success(account);
    }

    /**
     * The roles an existing session's account has now — none if it was disabled (or removed) meanwhile, and its
     * present roles if an administrator changed them.
     */
    @PermitAll
    public java.util.Set<Role> currentRoles(String username) {
        return em.createQuery("select a from UserAccount a where a.username = :name", UserAccount.class)
                .setParameter("name", UserAccount.normaliseUsername(username)).getResultList().stream()
                .filter(UserAccount::isEnabled).findFirst().map(a -> java.util.Set.copyOf(a.getRoles()))
                .orElse(java.util.Set.of());
    }

    private SignInOutcome wrongPassword(UserAccount account, Instant now) {
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        if (account.isLockedAt(now)) {
            return SignInOutcome.refused(SignInOutcome.Status.LOCKED, account.getLockedUntil());
        }
        boolean locked = account.recordFailedSignIn(now, LockoutPolicy.STANDARD);
        audit.recordAs(account.getUsername(), AuditAction.SIGN_IN_FAILED, RECORD, account.getId(),
                "Wrong password (" + account.getFailedAttempts() + " in a row)");
        if (locked) {
            audit.recordAs(account.getUsername(), AuditAction.ACCOUNT_LOCKED, RECORD, account.getId(),
                    "Locked until " + account.getLockedUntil() + " after " + account.getFailedAttempts()
                    + " wrong passwords");
            return SignInOutcome.refused(SignInOutcome.Status.LOCKED, account.getLockedUntil());
        }
        return SignInOutcome.refused(SignInOutcome.Status.INVALID, null);
    }

    private SignInOutcome unknown(String name, String password, Instant now) {
        String key = actor(name);
        LockoutPolicy.Tally before = unknownNames.tally(key);
        if (before.lockedAt(now)) {
            audit.recordAs(key, AuditAction.SIGN_IN_FAILED, RECORD, null, "Unknown username");
            return SignInOutcome.refused(SignInOutcome.Status.LOCKED, before.lockedUntil());
        }
        passwords.checkAgainstDecoy(password);
        LockoutPolicy.Tally after = unknownNames.fail(key, now, LockoutPolicy.STANDARD);
        audit.recordAs(key, AuditAction.SIGN_IN_FAILED, RECORD, null, "Unknown username");
        return after.lockedAt(now) ? SignInOutcome.refused(SignInOutcome.Status.LOCKED, after.lockedUntil())
                : SignInOutcome.refused(SignInOutcome.Status.INVALID, null);
    }

    private static String actor(String attempted) {
        if (attempted == null || attempted.isEmpty()) {
            return "anonymous";
        }
        return attempted.length() > 40 ? attempted.substring(0, 40) : attempted;
    }
}
