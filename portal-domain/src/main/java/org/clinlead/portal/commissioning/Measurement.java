package org.clinlead.portal.commissioning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.clinlead.portal.shared.Check;

/**
 * A submitted result: a numerator over a denominator (a proportion, shown as a per cent), or a single value
 * with a unit. Negative numbers are refused, and a proportion's numerator cannot exceed its denominator.
 */
public record Measurement(BigDecimal numerator, BigDecimal denominator, BigDecimal value) {

    public static Measurement proportion(BigDecimal numerator, BigDecimal denominator) {
        new Check().require(numerator != null, "numerator", "Give the numerator.")
                .require(denominator != null, "denominator", "Give the denominator.").orThrow();
        new Check().require(numerator.signum() >= 0, "numerator", "The numerator cannot be negative.")
                .require(denominator.signum() > 0, "denominator", "The denominator must be above 0.")
                .decimal(numerator, "numerator", "The numerator", 10, 4)
                .decimal(denominator, "denominator", "The denominator", 10, 4).orThrow();
        new Check().require(numerator.compareTo(denominator) <= 0, "numerator", "The numerator ("
                + numerator.toPlainString() + ") cannot be more than the denominator (" + denominator.toPlainString()
                + ") for a proportion.").orThrow();
        return new Measurement(numerator, denominator, null);
    }

    public static Measurement single(BigDecimal value) {
        new Check().require(value != null, "value", "Give the value.").orThrow();
        new Check().require(value.signum() >= 0, "value", "The value cannot be negative.")
                .decimal(value, "value", "The value", 10, 4).orThrow();
        return new Measurement(null, null, value);
    }

    /** What the thresholds are compared with: the per cent for a proportion (2 decimals, half-up), else the value. */
    public BigDecimal result() {
        return value != null ? value
                : numerator.multiply(new BigDecimal("100")).divide(denominator, 2, RoundingMode.HALF_UP);
    }
}
