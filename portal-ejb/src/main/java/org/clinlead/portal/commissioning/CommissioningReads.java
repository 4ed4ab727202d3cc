package org.clinlead.portal.commissioning;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads shared by the package's boundaries, each a fixed number of queries whatever the number of rows: the
 * indicators, returns, advice and payments of a set of contracts, and the statement worked out from them.
 */
final class CommissioningReads {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private CommissioningReads() {
    }

    static List<QualityIndicator> indicatorsOf(EntityManager em, Collection<CquinContract> contracts) {
        if (contracts.isEmpty()) {
            return List.of();
        }
        // Milestones come with one more query for all the indicators (a batch), not one per indicator.
        return em.createQuery("select i from QualityIndicator i join fetch i.pathway where i.contract in :c order by i.id",
                QualityIndicator.class).setParameter("c", contracts).setHint("eclipselink.batch", "i.milestones").setHint("eclipselink.batch", "i.aims")
                .setHint("eclipselink.batch.type", "IN").getResultList();
    }

    static List<QuarterlySubmission> returnsOf(EntityManager em, Collection<QualityIndicator> indicators) {
        if (indicators.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from QuarterlySubmission s where s.indicator in :i order by s.quarter, s.id",
                QuarterlySubmission.class).setParameter("i", indicators).getResultList();
    }

    static Map<Long, List<IndicatorAdvice>> adviceOf(EntityManager em, Collection<QualityIndicator> indicators) {
        if (indicators.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from IndicatorAdvice a join fetch a.adviser where a.indicator in :i order by a.givenAt",
                        IndicatorAdvice.class).setParameter("i", indicators).getResultList().stream()
                .collect(Collectors.groupingBy(a -> a.getIndicator().getId(), LinkedHashMap::new, Collectors.toList()));
    }

    static List<PaymentOnAccount> paymentsOf(EntityManager em, Collection<CquinContract> contracts) {
        if (contracts.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from PaymentOnAccount p where p.contract in :c order by p.quarter",
                PaymentOnAccount.class).setParameter("c", contracts).getResultList();
    }

    /**
     * The statement of one contract: each indicator at its year-end achievement (its latest accepted return), and
     * the payments on account. Once the year is reconciled the settled totals are shown as they were kept.
     */
    static StatementView statement(CquinContract c, List<QualityIndicator> indicators, List<QuarterlySubmission> returns,
            List<PaymentOnAccount> payments) {
        Map<Long, List<QuarterlySubmission>> byIndicator = returns.stream()
                .collect(Collectors.groupingBy(s -> s.getIndicator().getId()));
        BigDecimal paid = payments.stream().map(PaymentOnAccount::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Reconciliation.Indicator> lines = indicators.stream().map(i -> new Reconciliation.Indicator(i.getName(),
                i.getWeight(), QuarterlySubmission.yearEnd(byIndicator.getOrDefault(i.getId(), List.of())))).toList();
        BigDecimal totalWeight = indicators.stream().map(QualityIndicator::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
        Reconciliation.Statement s = indicators.isEmpty() || totalWeight.compareTo(HUNDRED) != 0
                ? new Reconciliation.Statement(c.cquinValue(), List.of(), BigDecimal.ZERO.setScale(2), paid.setScale(2),
                        paid.setScale(2).negate())
                : Reconciliation.of(c.cquinValue(), lines, paid);
        boolean settled = c.getReconciledAt() != null;
        BigDecimal earned = settled ? c.getEarned() : s.earned();
        BigDecimal paidOnAccount = settled ? c.getPaidOnAccount() : s.paidOnAccount();
        BigDecimal balance = settled ? c.getBalance() : s.balance();
        return new StatementView(c.getReference(), c.getProvider().getName(), c.getCommissioner().getName(), c.year().label(),
                s.cquinValue(), s.lines().stream().map(l -> new StatementView.Line(l.name(), l.weight(), l.achievement(),
                        l.earned(), percent(l.weight()) + " × " + percent(l.achievement().multiply(HUNDRED)) + " × "
                                + pounds(s.cquinValue()) + " = " + pounds(l.earned()))).toList(),
                earned, paidOnAccount, balance, balanceText(balance), settled);
    }

    /** Keeps on the contract what it has earned now (the region view sums it rather than working it out again). */
    static void refreshEarned(EntityManager em, CquinContract c) {
        List<QualityIndicator> indicators = indicatorsOf(em, List.of(c));
        c.keepEarnedToDate(c.getReconciledAt() != null ? c.getEarned()
                : Reconciliation.earnedToDate(c.cquinValue(), indicators, returnsOf(em, indicators)));
    }

    static String balanceText(BigDecimal balance) {
        return balance.signum() > 0 ? pounds(balance) + " is due to the provider"
                : balance.signum() < 0 ? pounds(balance.negate()) + " is to be recovered from the provider"
                : "Nothing is due either way";
    }

    static String pounds(BigDecimal amount) {
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.UK);
        return f.format(amount);
    }

    static String percent(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    /** Summaries of a page of contracts, with what each has earned at its latest accepted results. */
    static List<ContractSummary> summaries(EntityManager em, List<CquinContract> contracts) {
        List<QualityIndicator> indicators = indicatorsOf(em, contracts);
        List<QuarterlySubmission> returns = returnsOf(em, indicators);
        List<PaymentOnAccount> payments = paymentsOf(em, contracts);
        Map<Long, List<QualityIndicator>> byContract = indicators.stream()
                .collect(Collectors.groupingBy(i -> i.getContract().getId()));
        Map<Long, List<QuarterlySubmission>> returnsByContract = returns.stream()
                .collect(Collectors.groupingBy(s -> s.getIndicator().getContract().getId()));
        Map<Long, List<PaymentOnAccount>> paymentsByContract = payments.stream()
                .collect(Collectors.groupingBy(p -> p.getContract().getId()));
        List<ContractSummary> list = new ArrayList<>();
        for (CquinContract c : contracts) {
            List<QualityIndicator> own = byContract.getOrDefault(c.getId(), List.of());
            list.add(summary(c, own, statement(c, own, returnsByContract.getOrDefault(c.getId(), List.of()),
                    paymentsByContract.getOrDefault(c.getId(), List.of()))));
        }
        return list;
    }

    static ContractSummary summary(CquinContract c, List<QualityIndicator> indicators, StatementView statement) {
        BigDecimal value = c.cquinValue();
        BigDecimal achievement = value.signum() == 0 ? BigDecimal.ZERO
                : statement.earned().divide(value, Thresholds.ACHIEVEMENT_SCALE, RoundingMode.HALF_UP);
        return new ContractSummary(c.getId(), c.getVersion(), c.getReference(), c.getCommissioner().getId(),
                c.getCommissioner().getName(), c.getProvider().getId(), c.getProvider().getName(), c.year().startYear(),
                c.year().label(), c.getAnnualValue(), c.getCquinShare(), value, c.getStatus(), c.getStatus().label(),
                indicators.size(), statement.earned(), achievement, c.getReconciledAt() != null, statement.lines().stream()
                        .map(l -> new ContractSummary.IndicatorAchievement(l.name(), l.weight(), l.achievement())).toList());
    }
}
