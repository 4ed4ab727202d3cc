package org.clinlead.portal.profiles;

/**
 * Percentiles by linear interpolation between order statistics (Hyndman and Fan's type 7, the default of R and
 * of spreadsheet PERCENTILE): for n sorted values and fraction p, h = (n − 1)p and the value is
 * x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]).
 */
public final class Percentiles {

    private Percentiles() {
    }

    /** The {@code p} percentile (0–1) of values already sorted ascending; NaN for none. */
    public static double of(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
