package org.clinlead.portal.people;

import static org.clinlead.portal.people.Roles.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RuleViolationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether everyone must sign in through their organisation. Administrators switch it on and off; the server's setting
 * ({@code portal.oidc.required}) can force it on. It can only be switched on where organisation sign-in is set up,
 * while the break-glass account ({@code portal.oidc.break-glass}) is an enabled administrator, and by an administrator
 * who could still sign in afterwards — so switching it on can never lock the region out.
 */
@Stateless
@RolesAllowed(ADMIN)
public class SignInPolicies {

    static final String RECORD = "sign-in policy";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "portal.oidc.issuer")
    private Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "portal.oidc.required", defaultValue = "false")
    private boolean requiredByServer;

    @Inject
    @ConfigProperty(name = "portal.oidc.break-glass", defaultValue = "admin")
    private String breakGlass;

    public SignInPolicyView current() {
        return view(em.find(SignInPolicy.class, SignInPolicy.ONLY));
    }

    /** Requires organisation sign-in, or stops requiring it; {@code version} as read, so two administrators cannot collide. */
    public SignInPolicyView change(boolean required, long version) {
        SignInPolicy policy = em.find(SignInPolicy.class, SignInPolicy.ONLY, LockModeType.PESSIMISTIC_WRITE);
        Persistence.checkVersion(RECORD, version, policy.getVersion());
        if (required == policy.isOrganisationRequired()) {
            return view(policy);
        }
        if (required) {
            checkNobodyIsLockedOut();
        } else if (requiredByServer) {
            throw new RuleViolationException("The server's settings require organisation sign-in (PORTAL_OIDC_REQUIRED), "
                    + "so it cannot be switched off here: change the setting and restart.");
        }
        policy.change(required, caller.name(), Instant.now(clock));
        Persistence.flush(em, RECORD, () -> new org.clinlead.portal.shared.StaleRecordException(RECORD));
        audit.record(AuditAction.UPDATED, RECORD, SignInPolicy.ONLY, required
                ? "Organisation sign-in required: passwords refused for everyone but " + breakGlassName()
                : "Organisation sign-in no longer required: passwords work again");
        return view(policy);
    }

    private void checkNobodyIsLockedOut() {
        if (!isSetUp()) {
            throw new RuleViolationException("Organisation sign-in is not set up on this server, so it cannot be required: "
                    + "set PORTAL_OIDC_ISSUER, the client id and the secret first (see the operations guide).");
        }
        Optional<UserAccount> keeper = account(breakGlassName());
        if (keeper.isEmpty() || !keeper.get().isEnabled() || !keeper.get().getRoles().contains(Role.ADMIN)) {
            throw new RuleViolationException("The break-glass account " + breakGlassName() + " must be an enabled "
                    + "administrator account first: it is the one way in if the organisation's sign-in fails.");
        }
        String me = caller.name();
        if (!me.equals(breakGlassName()) && account(me).map(UserAccount::getSsoIdentity).isEmpty()) {
            throw new RuleViolationException("Link your own account to your organisation sign-in first (User accounts → "
                    + me + " → Organisation sign-in): otherwise you could not sign in again.");
        }
    }

    private Optional<UserAccount> account(String username) {
        return em.createQuery("select a from UserAccount a where a.username = :name", UserAccount.class)
                .setParameter("name", username).getResultStream().findFirst();
    }

    private boolean isSetUp() {
        return issuer.filter(i -> !i.isBlank()).isPresent();
    }

    private String breakGlassName() {
        return UserAccount.normaliseUsername(breakGlass);
    }

    private SignInPolicyView view(SignInPolicy policy) {
        return new SignInPolicyView(policy.isOrganisationRequired(), requiredByServer, isSetUp(), breakGlassName(),
                policy.getChangedBy(), policy.getChangedAt(), policy.getVersion());
    }
}
