package org.clinlead.portal.commissioning;

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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.people.Role;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * Variations of an agreed scheme: one side proposes new thresholds or weights with a reason, the other agrees and
 * they apply; every earlier version stays readable in the variations' before-and-after.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class Variations {

    private static final String VARIATION = "variation";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private ContractAccess access;

    @Inject
    private CommissioningNotices notices;

    @Inject
    private Clock clock;

    public List<VariationView> variations(long contractId) {
        CquinContract c = access.visible(contractId);
        return em.createQuery("select v from SchemeVariation v where v.contract = :c order by v.number", SchemeVariation.class)
                .setParameter("c", c).getResultList().stream().map(VariationView::of).toList();
    }

    /** Proposes a variation as {@code side} (the caller's own side; an administrator names it). */
    @RolesAllowed({ADMIN, COMMISSIONER, PROVIDER})
    public VariationView propose(long contractId, long version, Side side, String reason,
            Map<Long, SchemeVariation.Wanted> wanted) {
        CquinContract c = side(contractId, side);
        em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Persistence.checkVersion(ContractAccess.CONTRACT, version, c.getVersion());
        List<SchemeVariation> earlier = em.createQuery("select v from SchemeVariation v where v.contract = :c",
                SchemeVariation.class).setParameter("c", c).getResultList();
        if (earlier.stream().anyMatch(v -> v.getStatus() == SchemeVariation.Status.PROPOSED)) {
            throw new RuleViolationException("A variation of this scheme is already waiting for agreement; agree it "
                    + "first.");
        }
        SchemeVariation v = new SchemeVariation(c, earlier.size() + 1, CommissioningReads.indicatorsOf(em, List.of(c)),
                wanted, reason, side, access.displayName(), Instant.now(clock));
        em.persist(v);
        Persistence.flush(em, ContractAccess.CONTRACT, () -> new RuleViolationException("The variation could not be saved."));
        audit.record(AuditAction.CREATED, VARIATION, v.getId(), "Variation " + v.getNumber() + " of " + c.getReference()
                + " proposed by the " + side.label().toLowerCase(java.util.Locale.ROOT) + ": " + String.join("; ",
                v.getChanges().stream().map(VariationChange::describe).toList()) + ". Reason: " + v.getReason());
        notices.send(side == Side.COMMISSIONER ? notices.accountsOf(c.getProvider(), Role.PROVIDER)
                        : notices.accountsOf(c.getCommissioner(), Role.COMMISSIONER), "Variation proposed: " + c.getReference(),
                "The " + side.label().toLowerCase(java.util.Locale.ROOT) + " proposes variation " + v.getNumber()
                        + " of the " + c.year().label() + " scheme; it applies once you agree.", c,
                "cquin-variation:" + v.getId());
        return VariationView.of(v);
    }

    /** The other side agrees; the changes apply. */
    @RolesAllowed({ADMIN, COMMISSIONER, PROVIDER})
    public VariationView agree(long variationId, long version, Side side) {
        SchemeVariation v = em.find(SchemeVariation.class, variationId);
        if (v == null) {
            throw new RecordNotFoundException(VARIATION, variationId);
        }
        try {
            access.visible(v.getContract());
        } catch (RecordNotFoundException e) {
            throw new RecordNotFoundException(VARIATION, variationId);
        }
        CquinContract c = side(v.getContract().getId(), side);
        Persistence.checkVersion(VARIATION, version, v.getVersion());
        em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        v.agree(side, access.displayName(), CommissioningReads.indicatorsOf(em, List.of(c)), Instant.now(clock));
        CommissioningReads.refreshEarned(em, c);
        Persistence.flush(em, VARIATION, () -> new RuleViolationException("The variation could not be agreed."));
        audit.record(AuditAction.APPROVED, VARIATION, v.getId(), "Variation " + v.getNumber() + " of " + c.getReference()
                + " agreed by the " + side.label().toLowerCase(java.util.Locale.ROOT) + "; it applies");
        return VariationView.of(v);
    }

    private CquinContract side(long contractId, Side side) {
        if (side == null) {
            throw new InvalidInputException("side", "Say which side: COMMISSIONER or PROVIDER.");
        }
        return side == Side.COMMISSIONER ? access.asCommissioner(contractId, "acts for the commissioner")
                : access.asProvider(contractId, "acts for the provider");
    }
}
