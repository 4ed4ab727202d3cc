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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.shared.DuplicateValueException;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Lists;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.Persistence;

/**
 * CQUIN contracts: the list the caller may see, a new contract (its commissioner), and the contract page with
 * everything on it. To anyone not entitled a contract does not exist ({@link ContractAccess}).
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class Contracts {

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

    /** Contracts the caller may see; filters {@code year} (2026 for 2026/27), {@code commissioner}, {@code provider} (ids), {@code status}. */
    public Page<ContractSummary> search(PageRequest request) {
        Page<CquinContract> page = new Lists<>(em, CquinContract.class,
                Map.of("reference", r -> r.get("reference"), "year", r -> r.get("startYear"),
                        "provider", r -> r.get("provider").get("name"), "commissioner", r -> r.get("commissioner").get("name")),
                Map.of("year", (cb, r) -> v -> cb.equal(r.get("startYear"), number(v, "year")),
                        "commissioner", (cb, r) -> v -> cb.equal(r.get("commissioner").get("id"), number(v, "commissioner")),
                        "provider", (cb, r) -> v -> cb.equal(r.get("provider").get("id"), number(v, "provider")),
                        "status", (cb, r) -> v -> cb.equal(r.get("status"), status(v))),
                "reference", true)
                .fetching(r -> {
                    r.fetch("commissioner");
                    r.fetch("provider");
                })
                .within(access::scope)
                .page(request);
        return new Page<>(CommissioningReads.summaries(em, page.items()), page.total());
    }

    private static long number(String v, String field) {
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "The " + field + " filter is a number.");
        }
    }

    private static SchemeStatus status(String v) {
        try {
            return SchemeStatus.valueOf(v.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "The status is DRAFT or AGREED.");
        }
    }

    /** A new contract in draft. A commissioner's own organisation is the commissioner; an administrator names it. */
    @RolesAllowed({ADMIN, COMMISSIONER})
    public ContractSummary create(ContractDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("body", "Describe the contract.");
        }
        Long commissionerId = caller.isIn(ADMIN) ? draft.commissionerId() : access.myOrganisationId().orElse(null);
        Organisation commissioner = commissionerId == null ? null : em.find(Organisation.class, commissionerId);
        Organisation provider = draft.providerId() == null ? null : em.find(Organisation.class, draft.providerId());
        new org.clinlead.portal.shared.Check()
                .require(commissionerId != null || !caller.isIn(ADMIN), "commissionerId", "Choose the commissioning organisation.")
                .require(commissionerId != null || caller.isIn(ADMIN), "commissionerId",
                        "Your account is not linked to a commissioning organisation.")
                .require(commissionerId == null || commissioner != null, "commissionerId",
                        "There is no organisation with id " + commissionerId + ".")
                .require(draft.providerId() != null, "providerId", "Choose the provider.")
                .require(draft.providerId() == null || provider != null, "providerId",
                        "There is no organisation with id " + draft.providerId() + ".")
                .require(draft.startYear() != null && draft.startYear() >= 2000 && draft.startYear() <= 2100, "startYear",
                        "Give the financial year by the year it starts in (2026 for 2026/27).")
                .text(draft.reference(), "reference", "The contract reference", 40)
                .require(draft.annualValue() != null && draft.annualValue().signum() > 0, "annualValue",
                        "The contract's annual value is a sum in pounds above 0.")
                .decimal(draft.annualValue(), "annualValue", "The contract's annual value", 12, 2)
                .require(draft.cquinShare() == null || draft.cquinShare().signum() >= 0
                        && draft.cquinShare().compareTo(CquinShare.MAXIMUM) <= 0, "cquinShare",
                        "The CQUIN share is between 0 and 2.5 % of the contract's value.")
                .decimal(draft.cquinShare(), "cquinShare", "The CQUIN share", 1, 2)
                .orThrow();
        CquinContract contract = new CquinContract(draft.reference(), commissioner, provider,
                new FinancialYear(draft.startYear()), draft.annualValue(), draft.cquinShare(), Instant.now(clock));
        contract.serveAims(draft.aims());
        em.persist(contract);
        Persistence.flush(em, ContractAccess.CONTRACT, () -> new DuplicateValueException("reference",
                "Another contract already has the reference " + contract.getReference() + "."));
        audit.record(AuditAction.CREATED, ContractAccess.CONTRACT, contract.getId(), "CQUIN contract " + contract.getReference()
                + ": " + commissioner.getName() + " with " + provider.getName() + ", " + contract.year().label() + ", value "
                + contract.getAnnualValue().toPlainString() + ", CQUIN " + contract.getCquinShare().toPlainString() + " %");
        return CommissioningReads.summaries(em, List.of(contract)).get(0);
    }

    /**
     * The schemes of this and last financial year with an indicator on {@code pathwayCode} that the caller may see
     * (a board's page and its agenda items), at most 100, by reference.
     */
    public List<ContractSummary> ofPathway(String pathwayCode) {
        int year = FinancialYear.of(LocalDate.now(clock)).startYear();
        jakarta.persistence.criteria.CriteriaBuilder cb = em.getCriteriaBuilder();
        jakarta.persistence.criteria.CriteriaQuery<CquinContract> q = cb.createQuery(CquinContract.class);
        jakarta.persistence.criteria.Root<CquinContract> r = q.from(CquinContract.class);
        r.fetch("commissioner");
        r.fetch("provider");
        jakarta.persistence.criteria.Subquery<Long> onPathway = q.subquery(Long.class);
        jakarta.persistence.criteria.Root<QualityIndicator> i = onPathway.from(QualityIndicator.class);
        onPathway.select(i.get("contract").get("id")).where(cb.equal(i.get("pathway").get("code"), pathwayCode));
        q.select(r).where(cb.between(r.get("startYear"), year - 1, year), r.get("id").in(onPathway), access.scope(cb, q, r))
                .orderBy(cb.asc(r.get("reference")));
        return CommissioningReads.summaries(em, em.createQuery(q).setMaxResults(100).getResultList());
    }

    /** The contract page. */
    public ContractPage contract(long id) {
        CquinContract c = access.visible(id);
        LocalDate today = LocalDate.now(clock);
        List<QualityIndicator> indicators = CommissioningReads.indicatorsOf(em, List.of(c));
        Map<Long, List<IndicatorAdvice>> advice = CommissioningReads.adviceOf(em, indicators);
        List<QuarterlySubmission> returns = CommissioningReads.returnsOf(em, indicators);
        List<PaymentOnAccount> payments = CommissioningReads.paymentsOf(em, List.of(c));
        Map<Long, List<MessageView>> messages = returns.isEmpty() ? Map.of()
                : em.createQuery("select m from SubmissionMessage m where m.submission in :s order by m.writtenAt, m.id",
                        SubmissionMessage.class).setParameter("s", returns).getResultList().stream()
                        .collect(Collectors.groupingBy(m -> m.getSubmission().getId(),
                                Collectors.mapping(MessageView::of, Collectors.toList())));
        Map<Long, List<EvidenceView>> evidence = returns.isEmpty() ? Map.of()
                : em.createQuery("select e from SubmissionEvidence e where e.submission in :s order by e.uploadedAt, e.id",
                        SubmissionEvidence.class).setParameter("s", returns).getResultList().stream()
                        .collect(Collectors.groupingBy(e -> e.getSubmission().getId(),
                                Collectors.mapping(EvidenceView::of, Collectors.toList())));
        List<IndicatorView> indicatorViews = indicators.stream().map(i -> IndicatorView.of(i,
                advice.getOrDefault(i.getId(), List.of()).stream().map(AdviceView::of).toList())).toList();
        List<QuarterView> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            FinancialYear.Quarter quarter = c.year().quarter(q);
            int number = q;
            List<QuarterView.Cell> cells = indicators.stream().map(i -> new QuarterView.Cell(i.getId(), i.getName(),
                    i.isProportion(), i.getUnit(), returns.stream()
                    .filter(s -> s.getQuarter() == number && s.getIndicator().getId().equals(i.getId())).findFirst()
                    .map(s -> ReturnView.of(s, messages.getOrDefault(s.getId(), List.of()),
                            evidence.getOrDefault(s.getId(), List.of()))).orElse(null))).toList();
            quarters.add(new QuarterView(q, quarter.label(), quarter.end(), quarter.deadline(), quarter.hasEnded(today),
                    today.isAfter(quarter.deadline()), cells));
        }
        StatementView statement = CommissioningReads.statement(c, indicators, returns, payments);
        boolean commissioner = caller.isIn(ADMIN) || access.isCommissionerOf(c);
        boolean provider = caller.isIn(ADMIN) || access.isProviderOf(c);
        boolean draft = c.getStatus() == SchemeStatus.DRAFT;
        boolean agreed = c.getStatus() == SchemeStatus.AGREED;
        Set<String> myPathways = Set.copyOf(access.myPathways());
        List<Long> adviseOn = draft && caller.clinician().isPresent() ? indicators.stream()
                .filter(i -> myPathways.contains(i.getPathway().getCode())).map(QualityIndicator::getId).toList() : List.of();
        List<String> blockers = c.agreementBlockers(indicators, advice.keySet());
        ContractPage.Can can = new ContractPage.Can(commissioner && draft,
                commissioner && draft && c.getCommissionerSignedAt() == null,
                provider && draft && c.getProviderSignedAt() == null, provider && agreed, commissioner && agreed,
                commissioner && agreed && c.getReconciledAt() == null,
                commissioner && agreed && c.getReconciledAt() == null && today.isAfter(c.year().end()), adviseOn,
                !agreed || c.getReconciledAt() != null ? null : access.isCommissionerOf(c) ? Side.COMMISSIONER
                        : access.isProviderOf(c) ? Side.PROVIDER : caller.isIn(ADMIN) ? Side.COMMISSIONER : null);
        List<VariationView> variations = em.createQuery("select v from SchemeVariation v where v.contract = :c "
                + "order by v.number", SchemeVariation.class).setParameter("c", c).getResultList().stream()
                .map(VariationView::of).toList();
        return new ContractPage(CommissioningReads.summary(c, indicators, statement), c.getCommissionerSignedBy(),
                c.getCommissionerSignedAt(), c.getProviderSignedBy(), c.getProviderSignedAt(), indicatorViews, blockers,
                quarters, payments.stream().map(PaymentView::of).toList(), statement, c.getReconciledBy(), c.getReconciledAt(),
                List.copyOf(c.getAims()), variations, can, adviseOn.isEmpty() && !(commissioner && agreed) ? List.of() : access.interestsIn(c));
    }
}
