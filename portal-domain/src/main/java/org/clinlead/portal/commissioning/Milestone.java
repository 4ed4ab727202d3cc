package org.clinlead.portal.commissioning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * What an indicator asks of one of the first three quarters: its own pair of thresholds (a milestone on the way
 * to the year-end goal), or nothing but a report ({@code reportOnly}: the figures are returned and assessed but
 * earn no achievement that quarter). A quarter without one is judged against the year-end thresholds.
 */
@Embeddable
public class Milestone {

    @Column(name = "quarter_number", nullable = false)
    private int quarter;

    @Column(name = "report_only", nullable = false)
    private boolean reportOnly;

    @Column(name = "minimum_value", precision = 14, scale = 4)
    private BigDecimal minimum;

    @Column(name = "maximum_value", precision = 14, scale = 4)
    private BigDecimal maximum;

    protected Milestone() {
    }

    private Milestone(int quarter, boolean reportOnly, BigDecimal minimum, BigDecimal maximum) {
        this.quarter = quarter;
        this.reportOnly = reportOnly;
        this.minimum = minimum;
        this.maximum = maximum;
    }

    /** Quarter 1 to 3 reported only. */
    public static Milestone reportOnly(int quarter) {
        check(quarter);
        return new Milestone(quarter, true, null, null);
    }

    /** Quarter 1 to 3 judged against {@code thresholds} (which way is better is the indicator's). */
    public static Milestone of(int quarter, Thresholds thresholds) {
        check(quarter);
        return new Milestone(quarter, false, thresholds.minimum(), thresholds.maximum());
    }

    private static void check(int quarter) {
        if (quarter < 1 || quarter > 3) {
            throw new org.clinlead.portal.shared.InvalidInputException("milestones", "Milestones are for quarters 1 to 3; "
                    + "quarter 4 is judged against the year-end thresholds.");
        }
    }

    public int getQuarter() {
        return quarter;
    }

    public boolean isReportOnly() {
        return reportOnly;
    }

    public BigDecimal getMinimum() {
        return minimum;
    }

    public BigDecimal getMaximum() {
        return maximum;
    }
}
