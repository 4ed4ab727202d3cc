package org.clinlead.portal.profiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A funnel plot of one indicator in one period across the practices of a comparison area, by Spiegelhalter's
 * method ("Funnel plots for comparing institutional performance", Stat Med 2005) as the FunnelPlotR package
 * implements it, on a variance-stabilising scale:
 * <ul>
 * <li>proportions: y = asin(√p), standard error 1 / (2√n), target asin(√p₀) with p₀ the pooled proportion
 * (Σ numerators ÷ Σ denominators);</li>
 * <li>rates: the ratio to expected r = O / E with E = p₀ × n (p₀ the pooled rate), y = √r, standard error
 * 1 / (2√E), target 1 — the square-root transform, which also takes practices with no events.</li>
 * </ul>
 * Each practice's z-score is (y − target) ÷ s. <b>Overdispersion</b> (when switched on): the z-scores are
 * winsorised at their 10th and 90th percentiles, φ = Σ z² ÷ N, and when φ &gt; 1 the additive random-effects
 * τ² = max(0, (Nφ − (N − 1)) ÷ (Σw − Σw² ÷ Σw)) with w = 1 / s² widens every limit: sd = √(s² + τ²). Limits are
 * target ± z·sd (z = 1.96 for 95 %, 3.09 for 99.8 %) transformed back (and kept within 0–100 % or above 0).
 * Practices with a denominator of 0 cannot be placed and are left out by the caller.
 */
public final class Funnel {

    /** Two-sided 95 %: the 97.5th percentile of the standard normal. */
    public static final double Z95 = 1.959963984540054;
    /** Two-sided 99.8 %: the 99.9th percentile of the standard normal. */
    public static final double Z998 = 3.090232306167813;

    /** One practice's counts. */
    public record Unit(String key, long numerator, long denominator) {
    }

    /** Where a practice falls. */
    public enum Flag {
        WITHIN, HIGH_95, LOW_95, HIGH_998, LOW_998;

        public boolean isOutlier() {
            return this != WITHIN;
        }

        public boolean isHigh() {
            return this == HIGH_95 || this == HIGH_998;
        }

        public boolean beyond998() {
            return this == HIGH_998 || this == LOW_998;
        }

        /** In words, read with the indicator's polarity: "Outside 99.8 %, worse". */
        public String words(Polarity polarity) {
            return this == WITHIN ? "Within limits"
                    : "Outside " + (beyond998() ? "99.8 %" : "95 %") + ", " + polarity.reading(isHigh());
        }
    }

    /** A practice on the plot: its value as shown (% or per 1,000), its z-score (overdispersion applied if on) and flag. */
    public record Point(Unit unit, double value, double z, Flag flag) {
    }

    /** The limits at one denominator, as shown (% or per 1,000). */
    public record Limits(double denominator, double lower998, double lower95, double upper95, double upper998) {
    }

    private final IndicatorKind kind;
    private final double pooled;
    private final double phi;
    private final double tau2;
    private final boolean adjusted;
    private final List<Point> points;

    private Funnel(IndicatorKind kind, double pooled, double phi, double tau2, boolean adjusted, List<Point> points) {
        this.kind = kind;
        this.pooled = pooled;
        this.phi = phi;
        this.tau2 = tau2;
        this.adjusted = adjusted;
        this.points = points;
    }

    /** The funnel of {@code units} (each with a denominator above 0), with or without the overdispersion adjustment. */
    public static Funnel of(IndicatorKind kind, List<Unit> units, boolean overdispersion) {
        long num = 0;
        long den = 0;
        for (Unit u : units) {
            if (u.denominator() <= 0 || u.numerator() < 0
                    || kind == IndicatorKind.PROPORTION && u.numerator() > u.denominator()) {
                throw new IllegalArgumentException("Counts out of range for " + u.key());
            }
            num += u.numerator();
            den += u.denominator();
        }
        double p0 = den == 0 ? 0 : (double) num / den;
        int n = units.size();
        double[] y = new double[n];
        double[] s = new double[n];
        double[] z = new double[n];
        double target = target(kind, p0);
        for (int i = 0; i < n; i++) {
            Unit u = units.get(i);
            y[i] = transform(kind, p0, u.numerator(), u.denominator());
            s[i] = standardError(kind, p0, u.denominator());
            z[i] = Double.isInfinite(s[i]) ? 0 : (y[i] - target) / s[i];
        }
        double phi = n == 0 ? 0 : dispersion(z);
        double tau2 = 0;
        boolean adjusted = overdispersion && n > 1 && phi > 1;
        if (adjusted) {
            double sw = 0;
            double sw2 = 0;
            for (double si : s) {
                if (!Double.isInfinite(si)) {
                    double w = 1 / (si * si);
                    sw += w;
                    sw2 += w * w;
                }
            }
            double between = sw - sw2 / sw;
            tau2 = between <= 0 ? 0 : Math.max(0, (n * phi - (n - 1)) / between);
        }
        List<Point> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Unit u = units.get(i);
            double zi = Double.isInfinite(s[i]) ? 0 : (y[i] - target) / Math.sqrt(s[i] * s[i] + tau2);
            points.add(new Point(u, (double) u.numerator() / u.denominator() * kind.scale(), zi, flag(zi)));
        }
        return new Funnel(kind, p0, phi, tau2, adjusted, List.copyOf(points));
    }

    static Flag flag(double z) {
        if (z > Z998) {
            return Flag.HIGH_998;
        }
        if (z < -Z998) {
            return Flag.LOW_998;
        }
        if (z > Z95) {
            return Flag.HIGH_95;
        }
        if (z < -Z95) {
            return Flag.LOW_95;
        }
        return Flag.WITHIN;
    }

    private static double target(IndicatorKind kind, double p0) {
        return kind == IndicatorKind.PROPORTION ? Math.asin(Math.sqrt(p0)) : 1;
    }

    private static double transform(IndicatorKind kind, double p0, long num, long den) {
        if (kind == IndicatorKind.PROPORTION) {
            return Math.asin(Math.sqrt((double) num / den));
        }
        return p0 == 0 ? 1 : Math.sqrt(num / (p0 * den));
    }

    private static double standardError(IndicatorKind kind, double p0, double den) {
        if (kind == IndicatorKind.PROPORTION) {
            return 1 / (2 * Math.sqrt(den));
        }
        return p0 == 0 ? Double.POSITIVE_INFINITY : 1 / (2 * Math.sqrt(p0 * den));
    }

    /** φ: the mean square of the z-scores winsorised at their 10th and 90th percentiles. */
    static double dispersion(double[] z) {
        double[] sorted = z.clone();
        Arrays.sort(sorted);
        double low = Percentiles.of(sorted, 0.10);
        double high = Percentiles.of(sorted, 0.90);
        double sum = 0;
        for (double v : z) {
            double w = Math.min(high, Math.max(low, v));
            sum += w * w;
        }
        return sum / z.length;
    }

    /** The 95 % and 99.8 % limits at {@code denominator}, as shown. */
    public Limits limitsAt(double denominator) {
        double s = standardError(kind, pooled, denominator);
        double sd = Math.sqrt(s * s + tau2);
        double target = target(kind, pooled);
        return new Limits(denominator, back(target - Z998 * sd), back(target - Z95 * sd), back(target + Z95 * sd),
                back(target + Z998 * sd));
    }

    private double back(double y) {
        if (kind == IndicatorKind.RATE_PER_1000 && pooled == 0) {
            return 0;
        }
        if (Double.isNaN(y) || Double.isInfinite(y)) {
            return kind == IndicatorKind.PROPORTION ? (y > 0 ? 100 : 0) : (y > 0 ? Double.MAX_VALUE : 0);
        }
        if (kind == IndicatorKind.PROPORTION) {
            double c = Math.min(Math.PI / 2, Math.max(0, y));
            double sin = Math.sin(c);
            return sin * sin * kind.scale();
        }
        double c = Math.max(0, y);
        return c * c * pooled * kind.scale();
    }

    /**
     * The funnel's curves from {@code from} to {@code to} (denominators), {@code steps} + 1 points spaced evenly
     * on a logarithmic scale, for drawing.
     */
    public List<Limits> curve(double from, double to, int steps) {
        List<Limits> out = new ArrayList<>(steps + 1);
        double a = Math.log(Math.max(1, from));
        double b = Math.log(Math.max(from + 1, to));
        for (int i = 0; i <= steps; i++) {
            out.add(limitsAt(Math.exp(a + (b - a) * i / steps)));
        }
        return out;
    }

    /** The area's pooled value as shown: the target line. */
    public double target() {
        return pooled * kind.scale();
    }

    /** The pooled ratio (Σ numerators ÷ Σ denominators). */
    public double pooled() {
        return pooled;
    }

    /** The dispersion ratio φ (computed whether or not the adjustment is on). */
    public double phi() {
        return phi;
    }

    /** The between-practice variance τ² added to every limit (0 when not adjusted). */
    public double tau2() {
        return tau2;
    }

    /** Whether the limits were widened for overdispersion (switched on and φ &gt; 1). */
    public boolean adjusted() {
        return adjusted;
    }

    public List<Point> points() {
        return points;
    }

    public IndicatorKind kind() {
        return kind;
    }
}
