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
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The region view of a year: across the contracts the caller may see, the value at risk, what has been earned at
 * the latest accepted results and paid on account, and the work outstanding (late, queried and unassessed
 * returns, returns past their deadline, advice awaited).
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class CommissioningOverview {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private ContractAccess access;

    @Inject
    private Clock clock;

    @Inject
    private ClinicalAdvice clinicalAdvice;

    @Inject
    private org.clinlead.portal.people.Caller caller;

    /** {@code startYear}: 2026 for 2026/27; null for the current financial year. */
    public Overview overview(Integer startYear) {
        LocalDate today = LocalDate.now(clock);
        int year = startYear == null ? FinancialYear.of(today).startYear() : startYear;
        if (year < 2000 || year > 2100) {
            throw new org.clinlead.portal.shared.InvalidInputException("year", "Give the financial year by the year it "
                    + "starts in (2026 for 2026/27).");
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<CquinContract> q = cb.createQuery(CquinContract.class);
        Root<CquinContract> r = q.from(CquinContract.class);
        r.fetch("commissioner");
        r.fetch("provider");
        q.select(r).where(cb.equal(r.get("startYear"), year), access.scope(cb, q, r));
        List<CquinContract> contracts = em.createQuery(q).getResultList();
        List<QualityIndicator> indicators = CommissioningReads.indicatorsOf(em, contracts);
        List<QuarterlySubmission> returns = CommissioningReads.returnsOf(em, indicators);
        List<ContractSummary> summaries = CommissioningReads.summaries(em, contracts);
        BigDecimal atRisk = summaries.stream().map(ContractSummary::cquinValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal earned = summaries.stream().map(ContractSummary::earned).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paid = CommissioningReads.paymentsOf(em, contracts).stream().map(PaymentOnAccount::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Set<Long> advised = new HashSet<>(CommissioningReads.adviceOf(em, indicators).keySet());
        long adviceAwaited = indicators.stream().filter(i -> i.getContract().getStatus() == SchemeStatus.DRAFT
                && !advised.contains(i.getId())).count();
        Set<String> made = returns.stream().map(s -> s.getIndicator().getId() + ":" + s.getQuarter()).collect(Collectors.toSet());
        long overdue = 0;
        for (QualityIndicator i : indicators) {
            if (i.getContract().getStatus() != SchemeStatus.AGREED) {
                continue;
            }
            for (int n = 1; n <= 4; n++) {
                if (today.isAfter(i.getContract().year().quarter(n).deadline()) && !made.contains(i.getId() + ":" + n)) {
                    overdue++;
                }
            }
        }
        return new Overview(year, new FinancialYear(year).label(), contracts.size(),
                (int) contracts.stream().filter(c -> c.getStatus() == SchemeStatus.AGREED).count(), atRisk, earned, paid,
                returns.stream().filter(QuarterlySubmission::isLate).count(),
                returns.stream().filter(s -> s.getStatus() == SubmissionStatus.QUERIED).count(),
                returns.stream().filter(s -> s.getStatus() == SubmissionStatus.SUBMITTED).count(), overdue, adviceAwaited);
    }

    /**
     * What waits for the caller on contracts, for their home page: a commissioner's returns to assess and schemes
     * to sign; a provider's returns to make or answer and schemes to sign; a lead's advice asked for.
     */
    public List<WorkItem> myWork() {
        List<WorkItem> work = new java.util.ArrayList<>();
        for (AwaitingAdvice a : clinicalAdvice.awaitingMine()) {
            work.add(new WorkItem(a.contractId(), a.reference(), "Your clinical advice is asked on \"" + a.indicatorName()
                    + "\" (" + a.providerName() + ")"));
        }
        java.util.Optional<Long> org = access.myOrganisationId();
        boolean commissioner = caller.isIn(COMMISSIONER);
        boolean provider = caller.isIn(PROVIDER);
        if (org.isEmpty() || !commissioner && !provider) {
            return work;
        }
        LocalDate today = LocalDate.now(clock);
        int thisYear = FinancialYear.of(today).startYear();
        List<CquinContract> contracts = em.createQuery("select c from CquinContract c join fetch c.provider "
                        + "where (c.commissioner.id = :o and :commissioner = true or c.provider.id = :o and :provider = true) "
                        + "and c.startYear >= :from and c.reconciledAt is null order by c.reference", CquinContract.class)
                .setParameter("o", org.get()).setParameter("commissioner", commissioner).setParameter("provider", provider)
                .setParameter("from", thisYear - 1).getResultList();
        List<QualityIndicator> indicators = CommissioningReads.indicatorsOf(em, contracts);
        List<QuarterlySubmission> returns = CommissioningReads.returnsOf(em, indicators);
        Set<Long> advised = CommissioningReads.adviceOf(em, indicators).keySet();
        for (CquinContract c : contracts) {
            boolean mineToAssess = commissioner && c.getCommissioner().getId().equals(org.get());
            boolean mineToReturn = provider && c.getProvider().getId().equals(org.get());
            List<QuarterlySubmission> own = returns.stream()
                    .filter(r -> r.getIndicator().getContract().getId().equals(c.getId())).toList();
            long ownIndicators = indicators.stream().filter(i -> i.getContract().getId().equals(c.getId())).count();
            if (c.getStatus() == SchemeStatus.DRAFT) {
                List<String> blockers = c.agreementBlockers(indicators.stream()
                        .filter(i -> i.getContract().getId().equals(c.getId())).toList(), advised);
                if (mineToAssess && c.getCommissionerSignedAt() == null || mineToReturn && c.getProviderSignedAt() == null) {
                    work.add(new WorkItem(c.getId(), c.getReference(), "The " + c.year().label() + " scheme with "
                            + (mineToAssess ? c.getProvider().getName() : c.getCommissioner().getName()) + " is in draft: "
                            + (blockers.isEmpty() ? "it is ready for your signature" : blockers.get(0))));
                }
                continue;
            }
            long toAssess = own.stream().filter(r -> r.getStatus() == SubmissionStatus.SUBMITTED).count();
            if (mineToAssess && toAssess > 0) {
                work.add(new WorkItem(c.getId(), c.getReference(), toAssess + " return(s) from " + c.getProvider().getName()
                        + " awaiting your assessment"));
            }
            long queried = own.stream().filter(r -> r.getStatus() == SubmissionStatus.QUERIED).count();
            if (mineToReturn && queried > 0) {
                work.add(new WorkItem(c.getId(), c.getReference(), queried + " return(s) queried by the commissioner: "
                        + "answer and resubmit"));
            }
            for (int n = 1; n <= 4 && mineToReturn; n++) {
                FinancialYear.Quarter q = c.year().quarter(n);
                int number = n;
                long made = own.stream().filter(r -> r.getQuarter() == number).count();
                if (q.hasEnded(today) && made < ownIndicators) {
                    work.add(new WorkItem(c.getId(), c.getReference(), (ownIndicators - made) + " " + q.label()
                            + " return(s) to make, " + (today.isAfter(q.deadline()) ? "late: they were due on "
                            : "due by ") + q.deadline()));
                }
            }
        }
        return work;
    }
}
