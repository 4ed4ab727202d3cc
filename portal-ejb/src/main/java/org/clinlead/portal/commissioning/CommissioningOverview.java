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
        // Read as plain rows, not entities: at national scale a year is about 900 contracts, 7,200 indicators and
        // 29,000 returns, and the view needs a handful of their columns.
        CriteriaBuilder cb = em.getCriteriaBuilder();
        List<Object[]> contracts = rows(cb, CquinContract.class, (q, r) -> q.multiselect(r.get("id"), r.get("annualValue"),
                r.get("cquinShare"), r.get("status")).where(inYear(cb, q, r.get("id"), year)));
        List<Object[]> indicators = rows(cb, QualityIndicator.class, (q, i) -> q.multiselect(i.get("contract").get("id"),
                i.get("id"), i.get("weight"), i.get("minimum"), i.get("maximum"), i.get("improvement"))
                .where(inYear(cb, q, i.get("contract").get("id"), year)));
        List<Object[]> returns = rows(cb, QuarterlySubmission.class, (q, s) -> q.multiselect(s.get("indicator").get("id"),
                s.get("quarter"), s.get("numerator"), s.get("denominator"), s.get("value"), s.get("status"), s.get("late"))
                .where(inYear(cb, q, s.get("indicator").get("contract").get("id"), year)));
        List<Object[]> paid = rows(cb, PaymentOnAccount.class, (q, p) -> q.multiselect(p.get("contract").get("id"),
                p.get("amount")).where(inYear(cb, q, p.get("contract").get("id"), year)));
        List<Object[]> advised = rows(cb, IndicatorAdvice.class, (q, a) -> q.multiselect(a.get("indicator").get("id"),
                a.get("indicator").get("id")).distinct(true).where(inYear(cb, q, a.get("indicator").get("contract").get("id"),
                year)));

        java.util.Map<Long, Object[]> contractById = new java.util.HashMap<>();
        contracts.forEach(c -> contractById.put((Long) c[0], c));
        // The latest accepted return of each indicator, and what is outstanding.
        java.util.Map<Long, Object[]> latestAccepted = new java.util.HashMap<>();
        java.util.Map<Long, Integer> returnsMade = new java.util.HashMap<>();
        long late = 0;
        long queried = 0;
        long awaiting = 0;
        java.util.Set<String> made = new HashSet<>();
        for (Object[] r : returns) {
            made.add(r[0] + ":" + r[1]);
            late += Boolean.TRUE.equals(r[6]) ? 1 : 0;
            queried += r[5] == SubmissionStatus.QUERIED ? 1 : 0;
            awaiting += r[5] == SubmissionStatus.SUBMITTED ? 1 : 0;
            if (r[5] == SubmissionStatus.ACCEPTED) {
                latestAccepted.merge((Long) r[0], r, (a, b) -> (Integer) a[1] >= (Integer) b[1] ? a : b);
            }
        }
        Set<Long> advisedIds = advised.stream().map(a -> (Long) a[0]).collect(Collectors.toSet());
        java.util.Map<Long, List<Object[]>> indicatorsByContract = indicators.stream()
                .collect(Collectors.groupingBy(i -> (Long) i[0]));
        BigDecimal atRisk = BigDecimal.ZERO;
        BigDecimal earned = BigDecimal.ZERO;
        long adviceAwaited = 0;
        long overdue = 0;
        int agreed = 0;
        FinancialYear fy = new FinancialYear(year);
        for (Object[] c : contracts) {
            BigDecimal value = Reconciliation.cquinValue((BigDecimal) c[1], (BigDecimal) c[2]);
            atRisk = atRisk.add(value);
            List<Object[]> own = indicatorsByContract.getOrDefault((Long) c[0], List.of());
            if (c[3] == SchemeStatus.DRAFT) {
                adviceAwaited += own.stream().filter(i -> !advisedIds.contains((Long) i[1])).count();
                continue;
            }
            agreed++;
            for (Object[] i : own) {
                for (int n = 1; n <= 4; n++) {
                    if (today.isAfter(fy.quarter(n).deadline()) && !made.contains(i[1] + ":" + n)) {
                        overdue++;
                    }
                }
            }
            List<BigDecimal> weights = own.stream().map(i -> (BigDecimal) i[2]).toList();
            if (own.isEmpty() || weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(new BigDecimal("100")) != 0) {
                continue;
            }
            // The same rule as the statement: each indicator at its latest accepted result against the year-end
            // thresholds, rounded to pence per indicator (Reconciliation.of).
            earned = earned.add(Reconciliation.of(value, own.stream().map(i -> {
                Object[] r = latestAccepted.get((Long) i[1]);
                BigDecimal achievement = r == null ? BigDecimal.ZERO : new Thresholds((BigDecimal) i[3], (BigDecimal) i[4],
                        (Improvement) i[5]).achievement(new Measurement((BigDecimal) r[2], (BigDecimal) r[3],
                        (BigDecimal) r[4]).result());
                return new Reconciliation.Indicator("", (BigDecimal) i[2], achievement);
            }).toList(), BigDecimal.ZERO).earned());
        }
        BigDecimal paidOnAccount = paid.stream().map(p -> (BigDecimal) p[1]).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Overview(year, fy.label(), contracts.size(), agreed, atRisk, earned, paidOnAccount, late, queried,
                awaiting, overdue, adviceAwaited);
    }

    /** Rows of {@code type} as arrays, shaped by {@code shape} (select and where). */
    private <T> List<Object[]> rows(CriteriaBuilder cb, Class<T> type,
            java.util.function.BiConsumer<CriteriaQuery<Object[]>, Root<T>> shape) {
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<T> root = q.from(type);
        shape.accept(q, root);
        return em.createQuery(q).getResultList();
    }

    /** The contract (by its id) is of {@code year} and one the caller may see. */
    private jakarta.persistence.criteria.Predicate inYear(CriteriaBuilder cb, CriteriaQuery<?> q,
            jakarta.persistence.criteria.Expression<Long> contractId, int year) {
        jakarta.persistence.criteria.Subquery<Long> visible = q.subquery(Long.class);
        Root<CquinContract> c = visible.from(CquinContract.class);
        visible.select(c.get("id")).where(cb.equal(c.get("startYear"), year), access.scope(cb, visible, c));
        return contractId.in(visible);
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
