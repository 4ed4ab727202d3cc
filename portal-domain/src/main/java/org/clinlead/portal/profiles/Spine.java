package org.clinlead.portal.profiles;

import java.util.Arrays;
import java.util.Collection;

/**
 * One row of a spine chart: the spread of the area's practice values (lowest, 25th percentile, 75th percentile,
 * highest, by {@link Percentiles}) against which a practice's own value is drawn, with the area's pooled value.
 */
public record Spine(int practices, double lowest, double p25, double p75, double highest) {

    /** The spine of {@code values} (as shown); null when there are none. */
    public static Spine of(Collection<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new Spine(sorted.length, sorted[0], Percentiles.of(sorted, 0.25), Percentiles.of(sorted, 0.75),
                sorted[sorted.length - 1]);
    }

    /** Where {@code value} sits between the lowest (0) and the highest (1), for drawing; 0.5 when all are equal. */
    public double position(double value) {
        return highest == lowest ? 0.5 : Math.min(1, Math.max(0, (value - lowest) / (highest - lowest)));
    }
}
