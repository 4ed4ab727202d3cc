package org.clinlead.portal.commissioning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.clinlead.portal.shared.Check;

/**
 * An indicator's thresholds: below the {@code minimum} nothing is earned, at or beyond the {@code maximum}
 * everything, and in proportion in between. For a lower-is-better indicator the minimum is the higher number
 * (the worst still rewarded) and the maximum the lower one (the goal). The one statement of the rule.
 */
public record Thresholds(BigDecimal minimum, BigDecimal maximum, Improvement improvement) {

    /** Achievement is kept to four decimal places (a hundredth of a per cent), rounded half-up. */
    public static final int ACHIEVEMENT_SCALE = 4;

    public Thresholds {
        new Check().require(improvement != null, "improvement", "Say whether higher or lower is better.")
                .require(minimum != null, "minimum", "Give the minimum: below it nothing is earned.")
                .require(maximum != null, "maximum", "Give the maximum: at it everything is earned.")
                .orThrow();
        new Check().require(minimum.signum() >= 0, "minimum", "Thresholds cannot be negative.")
                .require(maximum.signum() >= 0, "maximum", "Thresholds cannot be negative.")
                .decimal(minimum, "minimum", "The minimum", 10, 4).decimal(maximum, "maximum", "The maximum", 10, 4)
                .orThrow();
        if (improvement == Improvement.HIGHER_IS_BETTER) {
            new Check().require(minimum.compareTo(maximum) < 0, "minimum", "When higher is better the minimum must be "
                    + "below the maximum (" + minimum.toPlainString() + " is not below " + maximum.toPlainString() + ").")
                    .orThrow();
        } else {
            new Check().require(minimum.compareTo(maximum) > 0, "minimum", "When lower is better the minimum (the worst "
                    + "result still rewarded) must be above the maximum (the goal): " + minimum.toPlainString()
                    + " is not above " + maximum.toPlainString() + ".").orThrow();
        }
    }

    /**
     * The share of the indicator earned by {@code value}, from 0 to 1: 0 short of the minimum, 1 at or beyond
     * the maximum, in proportion in between (mirrored when lower is better).
     */
    public BigDecimal achievement(BigDecimal value) {
        if (value == null) {
            return BigDecimal.ZERO.setScale(ACHIEVEMENT_SCALE);
        }
        boolean higher = improvement == Improvement.HIGHER_IS_BETTER;
        BigDecimal fromMinimum = higher ? value.subtract(minimum) : minimum.subtract(value);
        BigDecimal range = higher ? maximum.subtract(minimum) : minimum.subtract(maximum);
        if (fromMinimum.signum() < 0) {
            return BigDecimal.ZERO.setScale(ACHIEVEMENT_SCALE);
        }
        if (fromMinimum.compareTo(range) >= 0) {
            return BigDecimal.ONE.setScale(ACHIEVEMENT_SCALE);
        }
        return fromMinimum.divide(range, ACHIEVEMENT_SCALE, RoundingMode.HALF_UP);
    }
}
