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
}
