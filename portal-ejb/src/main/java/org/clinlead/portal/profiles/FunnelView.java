package org.clinlead.portal.profiles;

import java.util.List;

/**
 * An indicator's funnel plot in one period over a comparison area ({@code areaCode} null for the region): the target,
 * the dispersion (φ, τ², whether the limits were widened), every practice (named when the caller may see it), the
 * limit curves for drawing, the outliers, and the number of outliers in each period of the indicator.
 */
public record FunnelView(IndicatorSummary indicator, String period, List<String> periods, String areaCode, String areaName,
        boolean overdispersion, boolean adjusted, double target, double phi, double tau2, List<PracticePoint> points,
        List<Funnel.Limits> curve, List<PeriodOutliers> trend, List<Area> areas) {

    /** A comparison area to choose: a primary care trust with practices. */
    public record Area(String code, String name) {
    }

    /** One practice on the plot; {@code code} and {@code name} are null for a practice the caller may not see. */
    public record PracticePoint(String code, String name, long numerator, long denominator, double value, double z,
            Funnel.Flag flag, String flagWords, boolean worse) {
    }

    /** How many practices fell outside the limits in a period. */
    public record PeriodOutliers(String period, int practices, int outside95, int outside998, int worse) {
    }

    /** The named outliers, furthest first. */
    public List<PracticePoint> outliers() {
        return points.stream().filter(p -> p.flag().isOutlier() && p.code() != null)
                .sorted((a, b) -> Double.compare(Math.abs(b.z()), Math.abs(a.z()))).toList();
    }
}
