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
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.people.Role;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * A contract's scheme: the commissioner drafts its indicators (the pathway's leads are asked for advice on each),
 * and both sides sign it; with both signatures it is agreed and frozen.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class Schemes {

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

    /** Adds an indicator to a scheme in draft; its pathway's leads in post are asked for their advice. */
    @RolesAllowed({ADMIN, COMMISSIONER})
    public IndicatorView addIndicator(long contractId, IndicatorDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("body", "Describe the indicator.");
        }
        CquinContract c = access.asCommissioner(contractId, "drafts its scheme");
        c.requireDraft();
        Pathway pathway = draft.pathwayCode() == null || draft.pathwayCode().isBlank() ? null
                : em.find(Pathway.class, draft.pathwayCode().strip());
        if (draft.pathwayCode() != null && !draft.pathwayCode().isBlank() && pathway == null) {
            throw new InvalidInputException("pathwayCode", "There is no pathway " + draft.pathwayCode() + ".");
        }
        Thresholds thresholds = new Thresholds(draft.minimum(), draft.maximum(), draft.improvement());
        boolean proportion = draft.proportion() == null || draft.proportion();
        QualityIndicator indicator = new QualityIndicator(c, draft.name(), draft.rationale(), draft.domain(), pathway,
                proportion ? new QualityIndicator.Definitions(draft.numeratorDefinition(), draft.denominatorDefinition())
                        : null, draft.unit(), thresholds, draft.weight(), Instant.now(clock));
        indicator.serveAims(draft.aims());
        indicator.basedOnProfile(draft.profileIndicatorCode());
        if (draft.milestones() != null) {
            indicator.milestones(draft.milestones().stream().map(m -> m == null ? null : m.toMilestone(thresholds.improvement()))
                    .filter(java.util.Objects::nonNull).toList());
        }
        em.persist(indicator);
        em.flush();
        audit.record(AuditAction.CREATED, ContractAccess.INDICATOR, indicator.getId(), "Indicator \"" + indicator.getName()
                + "\" on " + c.getReference() + ": weight " + indicator.getWeight().toPlainString() + " %, "
                + IndicatorView.of(indicator, List.of()).thresholdsText()
                + (indicator.getProfileIndicatorCode() == null ? "" : "; from practice-profile indicator "
                + indicator.getProfileIndicatorCode()));
        notices.send(notices.leadsOf(pathway.getCode(), LocalDate.now(clock)), "Clinical advice asked: " + indicator.getName(),
                c.getCommissioner().getName() + " asks the " + pathway.getName() + " leads for advice on a CQUIN indicator "
                        + "for " + c.getProvider().getName() + " (" + c.year().label() + ") before the scheme is agreed.",
                c, "cquin-advice:" + indicator.getId());
        return IndicatorView.of(indicator, List.of());
    }

    /** Takes an indicator off a scheme still in draft, with the advice given on it. */
    @RolesAllowed({ADMIN, COMMISSIONER})
    public void removeIndicator(long indicatorId) {
        QualityIndicator indicator = access.indicator(indicatorId);
        CquinContract c = access.asCommissioner(indicator.getContract().getId(), "drafts its scheme");
        c.requireDraft();
        em.createQuery("delete from IndicatorAdvice a where a.indicator = :i").setParameter("i", indicator).executeUpdate();
        em.remove(indicator);
        audit.record(AuditAction.CLOSED, ContractAccess.INDICATOR, indicatorId, "Indicator \"" + indicator.getName()
                + "\" taken off " + c.getReference() + " before agreement");
    }

    /**
     * Signs the scheme for one side: {@code side} COMMISSIONER (the contract's commissioner) or PROVIDER (the
     * provider's quality lead); an administrator may sign for either. Agreed when both have signed.
     */
    @RolesAllowed({ADMIN, COMMISSIONER, PROVIDER})
    public ContractSummary sign(long contractId, long version, Side side) {
        if (side == null) {
            throw new InvalidInputException("side", "Say which side signs: COMMISSIONER or PROVIDER.");
        }
        CquinContract c = side == Side.COMMISSIONER ? access.asCommissioner(contractId, "signs for the commissioner")
                : access.asProvider(contractId, "signs for the provider");
        em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Persistence.checkVersion(ContractAccess.CONTRACT, version, c.getVersion());
        List<QualityIndicator> indicators = CommissioningReads.indicatorsOf(em, List.of(c));
        var advised = new HashSet<>(CommissioningReads.adviceOf(em, indicators).keySet());
        String by = access.displayName();
        if (side == Side.COMMISSIONER) {
            if (c.getCommissionerSignedAt() != null) {
                throw new RuleViolationException("The commissioner has already signed the scheme.");
            }
            c.signForCommissioner(by, indicators, advised, Instant.now(clock));
        } else {
            if (c.getProviderSignedAt() != null) {
                throw new RuleViolationException("The provider has already signed the scheme.");
            }
            c.signForProvider(by, indicators, advised, Instant.now(clock));
        }
        Persistence.flush(em, ContractAccess.CONTRACT, () -> new RuleViolationException("The scheme could not be signed."));
        audit.record(AuditAction.APPROVED, ContractAccess.CONTRACT, c.getId(), "Scheme " + c.getReference() + " signed for the "
                + side.label().toLowerCase(java.util.Locale.ROOT) + " by " + by
                + (c.getStatus() == SchemeStatus.AGREED ? "; the scheme is agreed" : ""));
        if (c.getStatus() == SchemeStatus.AGREED) {
            List<String> both = new java.util.ArrayList<>(notices.accountsOf(c.getProvider(), Role.PROVIDER));
            both.addAll(notices.accountsOf(c.getCommissioner(), Role.COMMISSIONER));
            notices.send(both, "CQUIN scheme agreed: " + c.getReference(), "Both sides have signed the " + c.year().label()
                    + " scheme of " + c.getProvider().getName() + ". Quarterly returns are due 20 working days after each "
                    + "quarter ends.", c, "cquin-agreed:" + c.getId());
        }
        return CommissioningReads.summaries(em, List.of(c)).get(0);
    }

    /** The CQUIN indicators proposed from a practice-profile indicator (its code), on contracts the caller may see. */
    public List<BasedOnProfile> basedOnProfile(String profileIndicatorCode) {
        String code = profileIndicatorCode == null ? "" : profileIndicatorCode.strip().toUpperCase(java.util.Locale.ROOT);
        jakarta.persistence.criteria.CriteriaBuilder cb = em.getCriteriaBuilder();
        jakarta.persistence.criteria.CriteriaQuery<QualityIndicator> q = cb.createQuery(QualityIndicator.class);
        jakarta.persistence.criteria.Root<QualityIndicator> i = q.from(QualityIndicator.class);
        jakarta.persistence.criteria.Join<QualityIndicator, CquinContract> c = i.join("contract");
        q.select(i).where(cb.equal(i.get("profileIndicatorCode"), code), access.scope(cb, q, c))
                .orderBy(cb.asc(c.get("reference")));
        return em.createQuery(q).setMaxResults(50).getResultList().stream().map(x -> new BasedOnProfile(x.getId(),
                x.getName(), x.getContract().getId(), x.getContract().getReference(), x.getContract().getProvider().getName(),
                x.getContract().getStatus().label())).toList();
    }

    /** A CQUIN indicator built on a practice-profile indicator, as its page lists it. */
    public record BasedOnProfile(long indicatorId, String name, long contractId, String contractReference, String providerName,
            String schemeStatus) implements java.io.Serializable {
    }
}
