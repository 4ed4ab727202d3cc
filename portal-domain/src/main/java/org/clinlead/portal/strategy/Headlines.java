package org.clinlead.portal.strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The arithmetic of the headline figures: shares in whole per cent and the median of a set of durations. */
public final class Headlines {

    private Headlines() {
    }

    /** {@code part} of {@code whole} in whole per cent, rounded half up; null when there is nothing to share. */
    public static Integer percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return (int) Math.floorDiv(part * 200 + whole, whole * 2);
    }

    /** The median, the mean of the two middle values when even; null for none. */
    public static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
