package org.clinlead.portal.commissioning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One indicator's thresholds and weight before and after a variation: the earlier version stays readable. */
@Embeddable
public class VariationChange {

    @Column(name = "indicator_id", nullable = false)
    private long indicatorId;

    @Column(name = "indicator_name", nullable = false, length = 200)
    private String indicatorName;

    @Column(name = "old_minimum", nullable = false, precision = 14, scale = 4)
    private BigDecimal oldMinimum;

    @Column(name = "old_maximum", nullable = false, precision = 14, scale = 4)
    private BigDecimal oldMaximum;

    @Column(name = "old_weight", nullable = false, precision = 5, scale = 2)
    private BigDecimal oldWeight;

    @Column(name = "new_minimum", nullable = false, precision = 14, scale = 4)
    private BigDecimal newMinimum;

    @Column(name = "new_maximum", nullable = false, precision = 14, scale = 4)
    private BigDecimal newMaximum;

    @Column(name = "new_weight", nullable = false, precision = 5, scale = 2)
    private BigDecimal newWeight;

    protected VariationChange() {
    }

    VariationChange(QualityIndicator indicator, Thresholds wanted, BigDecimal weight) {
        this.indicatorId = indicator.getId();
        this.indicatorName = indicator.getName();
        this.oldMinimum = indicator.thresholds().minimum();
        this.oldMaximum = indicator.thresholds().maximum();
        this.oldWeight = indicator.getWeight();
        this.newMinimum = wanted.minimum();
        this.newMaximum = wanted.maximum();
        this.newWeight = weight;
    }

    /** The change in words: "Sepsis screening: 80–95, 40 % → 75–95, 40 %". */
    public String describe() {
        return indicatorName + ": " + plain(oldMinimum) + "–" + plain(oldMaximum) + ", weight " + plain(oldWeight) + " % → "
                + plain(newMinimum) + "–" + plain(newMaximum) + ", weight " + plain(newWeight) + " %";
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    public long getIndicatorId() {
        return indicatorId;
    }

    public String getIndicatorName() {
        return indicatorName;
    }

    public BigDecimal getNewMinimum() {
        return newMinimum;
    }

    public BigDecimal getNewMaximum() {
        return newMaximum;
    }

    public BigDecimal getNewWeight() {
        return newWeight;
    }
}
