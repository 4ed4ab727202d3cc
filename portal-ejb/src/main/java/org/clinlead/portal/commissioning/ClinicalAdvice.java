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
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.DuplicateValueException;
import org.clinlead.portal.shared.Persistence;

/**
 * The pathway leads' clinical advice on a scheme's indicators before agreement. A lead with a live declared
 * interest in the provider is flagged from the register and records how it is managed first.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class ClinicalAdvice {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private ContractAccess access;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** The advice given on an indicator. */
    public List<AdviceView> advice(long indicatorId) {
        QualityIndicator indicator = access.indicator(indicatorId);
        return CommissioningReads.adviceOf(em, List.of(indicator)).getOrDefault(indicator.getId(), List.of()).stream()
                .map(AdviceView::of).toList();
    }

    /** The caller's advice on an indicator of their pathway ({@code handling}: how a declared interest is managed). */
    public AdviceView advise(long indicatorId, AdvicePosition position, String advice, String handling) {
        QualityIndicator indicator = access.indicator(indicatorId);
        Clinician me = caller.requireClinician("advise on an indicator");
        if (!access.myPathways().contains(indicator.getPathway().getCode())) {
            throw new AccessRefusedException("Advice on this indicator comes from the senior clinical leads of the "
                    + indicator.getPathway().getName() + " pathway.");
        }
        List<String> interests = access.interestsIn(indicator.getContract());
        IndicatorAdvice given = new IndicatorAdvice(indicator, me, interests, handling, position, advice, Instant.now(clock));
        em.persist(given);
        Persistence.flush(em, "advice", () -> new DuplicateValueException("position",
                "You have already advised on this indicator."));
        audit.record(AuditAction.CREATED, "advice", given.getId(), me.getDisplayName() + " advised on \"" + indicator.getName()
                + "\" (" + indicator.getContract().getReference() + "): " + position.label()
                + (interests.isEmpty() ? "" : "; declared interest managed: " + given.getInterestHandling()));
        return AdviceView.of(given);
    }

    /** Indicators of schemes in draft on the caller's pathways still waiting for the caller's advice. */
    public List<AwaitingAdvice> awaitingMine() {
        List<String> pathways = access.myPathways();
        var me = caller.clinician();
        if (pathways.isEmpty() || me.isEmpty()) {
            return List.of();
        }
        return org.clinlead.portal.shared.Persistence.fetching(em.createQuery("select i from QualityIndicator i join fetch i.contract c "
                        + "join fetch i.pathway p where p.code in :p and c.status = :draft and not exists "
                        + "(select a from IndicatorAdvice a where a.indicator = i and a.adviser = :me) order by c.reference, i.id",
                        QualityIndicator.class), "i.contract.provider").setParameter("p", pathways).setParameter("draft", SchemeStatus.DRAFT)
                .setParameter("me", me.get()).setMaxResults(50).getResultList().stream()
                .map(i -> new AwaitingAdvice(i.getContract().getId(), i.getContract().getReference(),
                        i.getContract().getProvider().getName(), i.getId(), i.getName(), i.getPathway().getName())).toList();
    }
}
