package org.clinlead.portal.people;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
 */
@Stateless
public class SignIn {

    private static final String RECORD = "user account";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Passwords passwords;

    @Inject
    private AuditRecorder audit;

    private final Clock clock = Clock.systemUTC();

    @PermitAll
    public SignInOutcome attempt(String username, String password) {
        String name = UserAccount.normaliseUsername(username);
        Instant now = Instant.now(clock);
        List<UserAccount> found = name == null || name.isEmpty() ? List.of()
                : em.createQuery("select a from UserAccount a where a.username = :name", UserAccount.class)
                        .setParameter("name", name).getResultList();
        if (found.isEmpty()) {
            passwords.checkAgainstDecoy(password);
            audit.recordAs(actor(name), AuditAction.SIGN_IN_FAILED, RECORD, null, "Unknown username");
            return SignInOutcome.refused(SignInOutcome.Status.INVALID, null);
        }
        UserAccount account = found.get(0);
        if (!account.isEnabled()) {
            audit.recordAs(account.getUsername(), AuditAction.SIGN_IN_FAILED, RECORD, account.getId(), "Account disabled");
            return SignInOutcome.refused(SignInOutcome.Status.DISABLED, null);
        }
        if (account.isLockedAt(now)) {
            audit.recordAs(account.getUsername(), AuditAction.SIGN_IN_FAILED, RECORD, account.getId(),
                    "Account locked until " + account.getLockedUntil());
            return SignInOutcome.refused(SignInOutcome.Status.LOCKED, account.getLockedUntil());
        }
        if (!passwords.matches(password, account.getPasswordHash())) {
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
        account.recordSuccessfulSignIn(now);
        audit.recordAs(account.getUsername(), AuditAction.SIGNED_IN, RECORD, account.getId(), "Signed in");
        return SignInOutcome.success(account);
    }

    /** Whether the account may still use an existing session (it may have been disabled meanwhile). */
    @PermitAll
    public boolean isActive(String username) {
        return em.createQuery("select a from UserAccount a where a.username = :name", UserAccount.class)
                .setParameter("name", UserAccount.normaliseUsername(username)).getResultList().stream()
                .anyMatch(UserAccount::isEnabled);
    }

    private static String actor(String attempted) {
        if (attempted == null || attempted.isEmpty()) {
            return "anonymous";
        }
        return attempted.length() > 40 ? attempted.substring(0, 40) : attempted;
    }
}
