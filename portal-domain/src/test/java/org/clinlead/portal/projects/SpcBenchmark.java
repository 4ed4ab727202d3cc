package org.clinlead.portal.projects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * How long the SPC calculation takes for a measure of 10,000 points (bin/bench-spc). Warms the JIT, then
 * times 200 calculations on a series with shifts, trends and outliers and prints the median and 95th
 * percentile. Not a test: its figures go in the closing note.
 */
public final class SpcBenchmark {

    private SpcBenchmark() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Random random = new Random(42);
        List<Spc.Point> points = new ArrayList<>(size);
        LocalDate start = LocalDate.of(2000, 1, 1);
        double level = 50;
        for (int i = 0; i < size; i++) {
            if (i % 500 == 0) {
                level += random.nextGaussian() * 5;
            }
            double value = level + random.nextGaussian() * 3 + (i % 997 == 0 ? 25 : 0) + (i % 700 < 8 ? i % 700 : 0);
            points.add(new Spc.Point(start.plusDays(i), value));
        }
        Set<LocalDate> rebase = Set.of(start.plusDays(size / 2));
        for (int i = 0; i < 300; i++) {
            Spc.calculate(points, Direction.INCREASE, 55.0, rebase, null);
        }
        double[] ms = new double[200];
        int special = 0;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            Spc.Result result = Spc.calculate(points, Direction.INCREASE, 55.0, rebase, null);
            ms[i] = (System.nanoTime() - t) / 1e6;
            special = (int) result.rows().stream().filter(r -> r.cause() != SpecialCause.COMMON_CAUSE).count();
        }
        Arrays.sort(ms);
        System.out.printf("SPC on %,d points (%,d special-cause points): median %.2f ms, p95 %.2f ms, max %.2f ms (n=%d)%n",
                size, special, ms[ms.length / 2], ms[(int) (ms.length * 0.95)], ms[ms.length - 1], ms.length);
    }
}
