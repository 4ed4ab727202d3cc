package org.clinlead.portal.projects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * XmR (individuals) charts as NHS England's "Making Data Count" draws them, following the NHS-R
 * community's NHSRplotthedots package:
 * <ul>
 * <li>per phase (a rebase starts a new one), the mean of the phase's baseline points (all of them, or the
 * first <i>n</i> when the baseline is fixed); the moving ranges |x<sub>i</sub> − x<sub>i−1</sub>| of those
 * points; moving ranges of at least 3.267 × their mean screened out and the mean moving range recomputed;
 * process limits at the mean ± 2.66 × the mean moving range; near limits at two thirds of that distance;</li>
 * <li>special cause, in this priority: a point outside the limits; part of a run of 7 points each
 * increasing or each decreasing; 2 of 3 consecutive points beyond a near limit on the same side of the
 * mean (those points); part of 7 points in a row on one side of the mean;</li>
 * <li>each special cause is improvement or concern by the measure's direction (neutral without one); the
 * variation verdict is the latest point's; the assurance verdict compares a target with the latest
 * limits.</li>
 * </ul>
 * Fewer than {@value #MIN_POINTS} points: no limits and no verdicts — a run chart with its mean only.
 */
public final class Spc {

    public static final int MIN_POINTS = 12;
    static final double LIMIT = 2.66;
    static final double NEAR = 2 * LIMIT / 3;
    static final double SCREEN = 3.267;
    static final int RUN = 7;

    /** A data point of the series. */
    public record Point(LocalDate date, double value) {
    }

    /** One calculated row: the point, its phase's mean and limits (null with too few points), and its reading. */
    public record Row(LocalDate date, double value, int phase, double mean, Double lowerLimit, Double upperLimit,
            Double lowerNear, Double upperNear, SpecialCause cause, PointType type) {
    }

    /** The chart: its rows and verdicts; {@code tooFewPoints} when there are fewer than 12 points. */
    public record Result(List<Row> rows, boolean tooFewPoints, PointType variation, Assurance assurance) {
    }

    private Spc() {
    }

    /**
     * @param points the series in date order (one point per date)
     * @param rebaseFrom dates from which the limits are recalculated (each starts a phase)
     * @param fixAfter when not null, each phase's mean and limits come from its first {@code fixAfter} points
     */
    public static Result calculate(List<Point> points, Direction direction, Double target, Set<LocalDate> rebaseFrom,
            Integer fixAfter) {
        int n = points.size();
        double[] y = new double[n];
        int[] phase = new int[n];
        int current = 0;
        for (int i = 0; i < n; i++) {
            y[i] = points.get(i).value();
            if (i > 0 && rebaseFrom.contains(points.get(i).date())) {
                current++;
            }
            phase[i] = current;
        }
        if (n < MIN_POINTS) {
            double mean = Arrays.stream(y).average().orElse(Double.NaN);
            List<Row> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                rows.add(new Row(points.get(i).date(), y[i], 0, mean, null, null, null, null, SpecialCause.COMMON_CAUSE,
                        PointType.COMMON_CAUSE));
            }
            return new Result(rows, true, null, null);
        }
        double[] mean = new double[n];
        double[] lpl = new double[n];
        double[] upl = new double[n];
        double[] nlpl = new double[n];
        double[] nupl = new double[n];
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && phase[end] == phase[start]) {
                end++;
            }
            limits(y, start, end, fixAfter, mean, lpl, upl, nlpl, nupl);
            start = end;
        }
        int[] rtm = new int[n];
        boolean[] outside = new boolean[n];
        boolean[] close = new boolean[n];
        for (int i = 0; i < n; i++) {
            outside[i] = y[i] > upl[i] || y[i] < lpl[i];
            rtm[i] = (int) Math.signum(y[i] - mean[i]);
            close[i] = !outside[i] && (y[i] < nlpl[i] || y[i] > nupl[i]);
        }
        SpecialCause[] cause = new SpecialCause[n];
        start = 0;
        while (start < n) {
            int end = start;
            while (end < n && phase[end] == phase[start]) {
                end++;
            }
            classify(y, rtm, outside, close, start, end, cause);
            start = end;
        }
        List<Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new Row(points.get(i).date(), y[i], phase[i], mean[i], lpl[i], upl[i], nlpl[i], nupl[i], cause[i],
                    PointType.of(cause[i], direction)));
        }
        Row last = rows.get(n - 1);
        return new Result(rows, false, last.type(), assurance(direction, target, last));
    }

    private static void limits(double[] y, int from, int to, Integer fixAfter, double[] mean, double[] lpl, double[] upl,
            double[] nlpl, double[] nupl) {
        int baseEnd = fixAfter == null ? to : Math.min(to, from + Math.max(fixAfter, 1));
        double sum = 0;
        for (int i = from; i < baseEnd; i++) {
            sum += y[i];
        }
        double m = sum / (baseEnd - from);
        int count = baseEnd - from - 1;
        double amr = 0;
        if (count > 0) {
            double mrSum = 0;
            for (int i = from + 1; i < baseEnd; i++) {
                mrSum += Math.abs(y[i] - y[i - 1]);
            }
            amr = mrSum / count;
            double screened = 0;
            int kept = 0;
            for (int i = from + 1; i < baseEnd; i++) {
                double mr = Math.abs(y[i] - y[i - 1]);
                if (mr < SCREEN * amr) {
                    screened += mr;
                    kept++;
                }
            }
            amr = kept == 0 ? 0 : screened / kept;
        }
        for (int i = from; i < to; i++) {
            mean[i] = m;
            lpl[i] = m - LIMIT * amr;
            upl[i] = m + LIMIT * amr;
            nlpl[i] = m - NEAR * amr;
            nupl[i] = m + NEAR * amr;
        }
    }

    /** Applies the four rules to one phase, [from, to), in their priority. */
    private static void classify(double[] y, int[] rtm, boolean[] outside, boolean[] close, int from, int to,
            SpecialCause[] cause) {
        int len = to - from;
        // Runs of 7 increasing (+1) or decreasing (-1) points, marked at the run's last point, then spread to all 7.
        int[] trendEnd = new int[len];
        for (int k = RUN - 1; k < len; k++) {
            int up = 0;
            int down = 0;
            for (int j = k - RUN + 2; j <= k; j++) {
                double d = y[from + j] - y[from + j - 1];
                up += d > 0 ? 1 : 0;
                down += d < 0 ? 1 : 0;
            }
            trendEnd[k] = up == RUN - 1 ? 1 : down == RUN - 1 ? -1 : 0;
        }
        boolean[] trend = spread(trendEnd, len);
        // 7 points in a row on one side of the mean.
        int[] sideEnd = new int[len];
        for (int k = RUN - 1; k < len; k++) {
            int s = rtm[from + k];
            boolean same = s != 0;
            for (int j = k - RUN + 1; j < k && same; j++) {
                same = rtm[from + j] == s;
            }
            sideEnd[k] = same ? s : 0;
        }
        boolean[] side = spread(sideEnd, len);
        for (int k = 0; k < len; k++) {
            int i = from + k;
            if (outside[i]) {
                cause[i] = rtm[i] > 0 ? SpecialCause.ABOVE_UPPER_LIMIT : SpecialCause.BELOW_LOWER_LIMIT;
            } else if (trend[k]) {
                cause[i] = trendDirection(y, trend, from, k, len) > 0 ? SpecialCause.TREND_INCREASING
                        : SpecialCause.TREND_DECREASING;
            } else if (close[i] && twoInThree(rtm, close, from, k, len)) {
                cause[i] = rtm[i] > 0 ? SpecialCause.TWO_IN_THREE_ABOVE : SpecialCause.TWO_IN_THREE_BELOW;
            } else if (side[k]) {
                cause[i] = rtm[i] > 0 ? SpecialCause.SEVEN_ABOVE_MEAN : SpecialCause.SEVEN_BELOW_MEAN;
            } else {
                cause[i] = SpecialCause.COMMON_CAUSE;
            }
        }
    }

    /** A point is part of a run when the run ends at it or at one of the next six points. */
    private static boolean[] spread(int[] runEnds, int len) {
        boolean[] part = new boolean[len];
        for (int k = 0; k < len; k++) {
            for (int j = k; j < Math.min(len, k + RUN) && !part[k]; j++) {
                part[k] = runEnds[j] != 0;
            }
        }
        return part;
    }

    /** The direction of a trend at a point: towards the next point while the trend goes on, else from the previous. */
    private static int trendDirection(double[] y, boolean[] trend, int from, int k, int len) {
        double d = k + 1 < len && trend[k + 1] ? y[from + k + 1] - y[from + k] : k > 0 ? y[from + k] - y[from + k - 1] : 0;
        return (int) Math.signum(d);
    }

    /** Whether some window of three consecutive points holding point k has 2+ near a limit, all on one side of the mean. */
    private static boolean twoInThree(int[] rtm, boolean[] close, int from, int k, int len) {
        for (int s = k - 2; s <= k; s++) {
            if (s < 0 || s + 2 >= len) {
                continue;
            }
            int near = 0;
            int sideSum = 0;
            for (int j = s; j <= s + 2; j++) {
                near += close[from + j] ? 1 : 0;
                sideSum += rtm[from + j];
            }
            if (near >= 2 && Math.abs(sideSum) == 3) {
                return true;
            }
        }
        return false;
    }

    private static Assurance assurance(Direction direction, Double target, Row last) {
        if (target == null || direction == Direction.NEUTRAL) {
            return null;
        }
        boolean increasing = direction == Direction.INCREASE;
        if (target > last.upperLimit()) {
            return increasing ? Assurance.CONSISTENTLY_FAILING : Assurance.CONSISTENTLY_PASSING;
        }
        if (target < last.lowerLimit()) {
            return increasing ? Assurance.CONSISTENTLY_PASSING : Assurance.CONSISTENTLY_FAILING;
        }
        return Assurance.HIT_AND_MISS;
    }
}
