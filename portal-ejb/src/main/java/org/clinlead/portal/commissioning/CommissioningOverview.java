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
import java.util.List;
import java.util.Set;

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

    @Inject
    private org.clinlead.portal.audit.UntilNextWrite cache;

    /**
     * {@code startYear}: 2026 for 2026/27; null for the current financial year. Worked out again whenever anything
     * has been written since it was last ({@link org.clinlead.portal.audit.UntilNextWrite}).
     */
    public Overview overview(Integer startYear) {
        LocalDate today = LocalDate.now(clock);
        int year = startYear == null ? FinancialYear.of(today).startYear() : startYear;
        if (year < 2000 || year > 2100) {
            throw new org.clinlead.portal.shared.InvalidInputException("year", "Give the financial year by the year it "
                    + "starts in (2026 for 2026/27).");
        }
        return cache.get("commissioning|" + year + "|" + today + "|" + access.scopeKey(), () -> workOut(year, today));
    }

    private Overview workOut(int year, LocalDate today) {
        // Read as counts and sums, and the contracts as plain rows: at national scale a year is about 900 contracts,
        // 7,200 indicators and 29,000 returns. What each scheme has earned is kept on its contract.
        CriteriaBuilder cb = em.getCriteriaBuilder();
        FinancialYear fy = new FinancialYear(year);
        int passed = (int) java.util.stream.IntStream.rangeClosed(1, 4).filter(n -> today.isAfter(fy.quarter(n).deadline()))
                .count();
        List<Object[]> contracts = rows(cb, year, CquinContract.class, r -> r, (q, r, c) -> {
            q.multiselect(r.get("id"), r.get("annualValue"), r.get("cquinShare"), r.get("status"), r.get("earnedToDate"));
            return List.of();
        });
        List<Object[]> agreedIndicators = rows(cb, year, QualityIndicator.class, i -> i.join("contract"), (q, i, c) -> {
            q.multiselect(cb.count(i), cb.count(i));
            return List.of(cb.equal(c.get("status"), SchemeStatus.AGREED));
        });
        List<Object[]> unadvised = rows(cb, year, QualityIndicator.class, i -> i.join("contract"), (q, i, c) -> {
            q.multiselect(cb.count(i), cb.count(i));
            jakarta.persistence.criteria.Subquery<Long> advice = q.subquery(Long.class);
            Root<IndicatorAdvice> a = advice.from(IndicatorAdvice.class);
            advice.select(a.get("id")).where(cb.equal(a.get("indicator"), i));
            return List.of(cb.equal(c.get("status"), SchemeStatus.DRAFT), cb.not(cb.exists(advice)));
        });
        // One pass over the year's returns: how many of each status, late or not, by quarter and scheme status.
        List<Object[]> counts = rows(cb, year, QuarterlySubmission.class, s -> s.join("indicator").join("contract"),
                (q, s, c) -> {
                    q.multiselect(s.get("status"), s.get("late"), s.get("quarter"), c.get("status"), cb.count(s))
                            .groupBy(s.get("status"), s.get("late"), s.get("quarter"), c.get("status"));
                    return List.of();
                });
        List<Object[]> paid = rows(cb, year, PaymentOnAccount.class, p -> p.join("contract"), (q, p, c) -> {
            q.multiselect(cb.sum(p.get("amount")), cb.count(p));
            return List.of();
        });

        long late = 0;
        long queried = 0;
        long awaiting = 0;
        long madeInPassedQuarters = 0;
        for (Object[] row : counts) {
            long n = (Long) row[4];
            madeInPassedQuarters += row[3] == SchemeStatus.AGREED && (Integer) row[2] <= passed ? n : 0;
            late += Boolean.TRUE.equals(row[1]) ? n : 0;
            queried += row[0] == SubmissionStatus.QUERIED ? n : 0;
            awaiting += row[0] == SubmissionStatus.SUBMITTED ? n : 0;
        }
        long adviceAwaited = (Long) unadvised.get(0)[0];
        BigDecimal atRisk = BigDecimal.ZERO;
        BigDecimal earned = BigDecimal.ZERO;
        int agreed = 0;
        for (Object[] c : contracts) {
            atRisk = atRisk.add(Reconciliation.cquinValue((BigDecimal) c[1], (BigDecimal) c[2]));
            // What each scheme has earned at its latest accepted returns, kept on the contract whenever it changes
            // (a return accepted, a variation agreed, the year settled): the statement's own figure.
            earned = earned.add(c[4] == null ? BigDecimal.ZERO : (BigDecimal) c[4]);
            agreed += c[3] == SchemeStatus.AGREED ? 1 : 0;
        }
        long overdue = (Long) agreedIndicators.get(0)[0] * passed - madeInPassedQuarters;
        BigDecimal paidOnAccount = paid.get(0)[0] == null ? BigDecimal.ZERO : (BigDecimal) paid.get(0)[0];
        return new Overview(year, fy.label(), contracts.size(), agreed, atRisk, earned, paidOnAccount, late, queried,
                awaiting, overdue, adviceAwaited);
    }

    /** Shapes a query: its selection (and grouping) and any conditions beyond the year and the caller's scope. */
    @FunctionalInterface
    private interface Shape<T> {
        List<jakarta.persistence.criteria.Predicate> apply(CriteriaQuery<Object[]> q, Root<T> root,
                jakarta.persistence.criteria.From<?, CquinContract> contract);
    }

    /**
     * Rows of {@code type} as arrays, shaped by {@code shape}, for the contracts of {@code year} the caller may see
     * ({@code contract} reaches a row's contract by joins, so the database filters while it reads).
     */
    private <T> List<Object[]> rows(CriteriaBuilder cb, int year, Class<T> type,
            java.util.function.Function<Root<T>, jakarta.persistence.criteria.From<?, CquinContract>> contract,
            Shape<T> shape) {
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<T> root = q.from(type);
        jakarta.persistence.criteria.From<?, CquinContract> c = contract.apply(root);
        List<jakarta.persistence.criteria.Predicate> where = new java.util.ArrayList<>(shape.apply(q, root, c));
        where.add(cb.equal(c.get("startYear"), year));
        where.add(access.scope(cb, q, c));
        q.where(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        return em.createQuery(q).getResultList();
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
        // One side's column when the caller holds one role (its index finds their contracts; an "or" across both
        // columns read every contract in the country at national scale), both only for someone holding both roles.
        String side = commissioner && provider ? "(c.commissioner.id = :o or c.provider.id = :o)"
                : commissioner ? "c.commissioner.id = :o" : "c.provider.id = :o";
        List<CquinContract> contracts = em.createQuery("select c from CquinContract c join fetch c.provider where " + side
                        + " and c.startYear >= :from and c.reconciledAt is null order by c.reference", CquinContract.class)
                .setParameter("o", org.get()).setParameter("from", thisYear - 1).getResultList();
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
