package org.clinlead.portal.commissioning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.clinlead.portal.shared.Check;

/**
 * The money of a CQUIN scheme, in pounds and pence. The CQUIN value is the contract's value × its share;
 * each indicator earns its weight × its year-end achievement × the CQUIN value, <b>rounded to pence half-up
 * for each indicator</b>, and the scheme's earnings are the sum of those rounded amounts (so every line of
 * the statement adds up to the total the provider sees). The balance is what was earned less what was paid
 * on account: positive is due to the provider, negative is to be recovered.
 */
public final class Reconciliation {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final int PENCE = 2;

    private Reconciliation() {
    }

    /** One indicator's line: its weight (per cent) and year-end achievement (0 to 1). */
    public record Indicator(String name, BigDecimal weight, BigDecimal achievement) {
    }

    /** A line of the statement, with the arithmetic shown: weight × achievement × CQUIN value = earned. */
    public record Line(String name, BigDecimal weight, BigDecimal achievement, BigDecimal earned) {
    }

    /** The statement: CQUIN value, each indicator's line, earned, paid on account, and the balance. */
    public record Statement(BigDecimal cquinValue, List<Line> lines, BigDecimal earned, BigDecimal paidOnAccount,
            BigDecimal balance) {

        public boolean dueToProvider() {
            return balance.signum() > 0;
        }

        public boolean toRecover() {
            return balance.signum() < 0;
        }
    }

    /** The share of the contract's annual value at risk, in pounds and pence (rounded half-up). */
    public static BigDecimal cquinValue(BigDecimal contractValue, BigDecimal sharePercent) {
        new Check().require(contractValue != null && contractValue.signum() >= 0, "value",
                "The contract's annual value is a sum in pounds, 0 or more.").orThrow();
        return contractValue.multiply(CquinShare.of(sharePercent)).divide(HUNDRED, PENCE, RoundingMode.HALF_UP);
    }

    /** A quarter's payment on account: a quarter of the CQUIN value × the planned share (per cent), in pence. */
    public static BigDecimal onAccount(BigDecimal cquinValue, BigDecimal planPercent) {
        BigDecimal plan = planPercent == null ? HUNDRED : planPercent;
        new Check().require(plan.signum() >= 0 && plan.compareTo(HUNDRED) <= 0, "planPercent",
                "The share paid on account is between 0 and 100 % of the quarter's CQUIN value.")
                .decimal(plan, "planPercent", "The share paid on account", 3, 2).orThrow();
        return cquinValue.multiply(plan).divide(new BigDecimal("400"), PENCE, RoundingMode.HALF_UP);
    }

    /**
     * What a scheme has earned at its latest accepted returns: each of its {@code indicators} at its year-end
     * achievement ({@link QuarterlySubmission#yearEnd}), in pence per indicator; 0 while the weights do not add up
     * to 100 % (a draft). {@code returns}: the scheme's, any indicator.
     */
    public static BigDecimal earnedToDate(BigDecimal cquinValue, List<QualityIndicator> indicators,
            java.util.Collection<QuarterlySubmission> returns) {
        BigDecimal total = indicators.stream().map(QualityIndicator::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (indicators.isEmpty() || total.compareTo(HUNDRED) != 0) {
            return BigDecimal.ZERO.setScale(PENCE);
        }
        java.util.Map<QualityIndicator, List<QuarterlySubmission>> byIndicator = returns.stream()
                .collect(java.util.stream.Collectors.groupingBy(QuarterlySubmission::getIndicator));
        return of(cquinValue, indicators.stream().map(i -> new Indicator(i.getName(), i.getWeight(),
                QuarterlySubmission.yearEnd(byIndicator.getOrDefault(i, List.of())))).toList(), null).earned();
    }

    /** The year-end statement. */
    public static Statement of(BigDecimal cquinValue, List<Indicator> indicators, BigDecimal paidOnAccount) {
        Weights.check(indicators.stream().map(Indicator::weight).toList());
        List<Line> lines = indicators.stream().map(i -> new Line(i.name(), i.weight(), i.achievement(),
                // Rounded here, per indicator, to pence half-up; the total is the sum of the rounded lines.
                cquinValue.multiply(i.weight()).multiply(i.achievement()).divide(HUNDRED, PENCE, RoundingMode.HALF_UP)))
                .toList();
        BigDecimal earned = lines.stream().map(Line::earned).reduce(BigDecimal.ZERO.setScale(PENCE), BigDecimal::add);
        BigDecimal paid = paidOnAccount == null ? BigDecimal.ZERO.setScale(PENCE) : paidOnAccount.setScale(PENCE,
                RoundingMode.HALF_UP);
        return new Statement(cquinValue, lines, earned, paid, earned.subtract(paid));
    }
}
