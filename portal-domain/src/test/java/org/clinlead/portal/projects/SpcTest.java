package org.clinlead.portal.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The "Making Data Count" rules as NHSRplotthedots applies them, on series small enough to check by hand. */
class SpcTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final double[] STABLE = {10, 12, 11, 13, 12, 11, 10, 12, 11, 13, 12, 11};

    private static List<Spc.Point> series(double... values) {
        List<Spc.Point> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new Spc.Point(START.plusWeeks(i), values[i]));
        }
        return points;
    }

    private static Spc.Result spc(Direction direction, double... values) {
        return Spc.calculate(series(values), direction, null, Set.of(), null);
    }

    private static double[] with(double[] base, int index, double value) {
        double[] copy = base.clone();
        copy[index] = value;
        return copy;
    }

    private static List<SpecialCause> causes(Spc.Result result) {
        return result.rows().stream().map(Spc.Row::cause).toList();
    }

    @Test
    void limitsAreTheMeanPlusOrMinus266MeanMovingRanges() {
        Spc.Row row = spc(Direction.INCREASE, STABLE).rows().get(0);
        assertThat(row.mean()).isEqualTo(11.5);
        double amr = 15.0 / 11;
        assertThat(row.upperLimit()).isCloseTo(11.5 + 2.66 * amr, within(1e-9));
        assertThat(row.lowerLimit()).isCloseTo(11.5 - 2.66 * amr, within(1e-9));
        assertThat(row.upperNear()).isCloseTo(11.5 + 2 * 2.66 / 3 * amr, within(1e-9));
        assertThat(causes(spc(Direction.INCREASE, STABLE))).containsOnly(SpecialCause.COMMON_CAUSE);
    }

    @Test
    void largeMovingRangesAreScreenedOutOfTheMeanMovingRange() {
        double[] values = with(STABLE, 6, 40); // two moving ranges of 29 and 28
        Spc.Row row = spc(Direction.INCREASE, values).rows().get(0);
        // MRs: 2,1,2,1,1,29,28,1,2,1,1 -> mean 69/11 = 6.27; screen at 3.267 * 6.27 = 20.5 drops 29 and 28.
        double screened = 12.0 / 9;
        assertThat(row.upperLimit() - row.mean()).isCloseTo(2.66 * screened, within(1e-9));
        assertThat(spc(Direction.INCREASE, values).rows().get(6).cause()).isEqualTo(SpecialCause.ABOVE_UPPER_LIMIT);
    }

    @Test
    void aPointOutsideTheLimitsIsImprovementOrConcernByDirection() {
        double[] values = with(STABLE, 11, 2);
        assertThat(spc(Direction.INCREASE, values).rows().get(11).type()).isEqualTo(PointType.CONCERN);
        assertThat(spc(Direction.DECREASE, values).rows().get(11).type()).isEqualTo(PointType.IMPROVEMENT);
        assertThat(spc(Direction.NEUTRAL, values).rows().get(11).type()).isEqualTo(PointType.NEUTRAL_LOW);
        assertThat(spc(Direction.INCREASE, values).rows().get(11).cause()).isEqualTo(SpecialCause.BELOW_LOWER_LIMIT);
        assertThat(spc(Direction.DECREASE, values).variation()).as("the latest point's verdict").isEqualTo(PointType.IMPROVEMENT);
    }

    @Test
    void sevenIncreasingPointsAreATrendAndEveryPointOfItIsFlagged() {
        double[] values = {12, 11, 12, 10, 10.2, 10.4, 10.6, 10.8, 11, 11.2, 12, 11, 12, 11};
        List<SpecialCause> causes = causes(spc(Direction.INCREASE, values));
        assertThat(causes.subList(3, 10)).containsOnly(SpecialCause.TREND_INCREASING);
        assertThat(causes.get(2)).isNotEqualTo(SpecialCause.TREND_INCREASING);
        assertThat(causes.get(10)).as("12 follows 11.2, an eighth rising point").isEqualTo(SpecialCause.TREND_INCREASING);
        assertThat(spc(Direction.INCREASE, values).rows().get(5).type()).isEqualTo(PointType.IMPROVEMENT);
        assertThat(spc(Direction.DECREASE, values).rows().get(5).type()).isEqualTo(PointType.CONCERN);
    }

    @Test
    void aTieBreaksATrend() {
        double[] values = {12, 11, 12, 10, 10.2, 10.4, 10.4, 10.8, 11, 11.2, 12, 11, 12, 11};
        assertThat(causes(spc(Direction.INCREASE, values))).doesNotContain(SpecialCause.TREND_INCREASING);
    }

    @Test
    void twoOfThreePointsBeyondTheNearLimitOnOneSideAreFlaggedThemselves() {
        // Limits fixed on the stable first 12 points: mean 11.5, near upper limit 13.92, upper limit 15.13.
        double[] values = java.util.Arrays.copyOf(STABLE, 17);
        System.arraycopy(new double[] {12, 14.5, 12, 14.6, 12}, 0, values, 12, 5);
        Spc.Result result = Spc.calculate(series(values), Direction.INCREASE, null, Set.of(), 12);
        List<SpecialCause> causes = causes(result);
        assertThat(result.rows().get(13).value()).isBetween(result.rows().get(13).upperNear(), result.rows().get(13).upperLimit());
        assertThat(causes.get(13)).isEqualTo(SpecialCause.TWO_IN_THREE_ABOVE);
        assertThat(causes.get(15)).isEqualTo(SpecialCause.TWO_IN_THREE_ABOVE);
        assertThat(causes.get(14)).as("the middle point is not near the limit").isEqualTo(SpecialCause.COMMON_CAUSE);
        assertThat(result.rows().get(13).type()).isEqualTo(PointType.IMPROVEMENT);
    }

    @Test
    void twoNearPointsOnOppositeSidesAreNotASignal() {
        double[] values = java.util.Arrays.copyOf(STABLE, 15);
        System.arraycopy(new double[] {14.5, 8.5, 12}, 0, values, 12, 3);
        List<SpecialCause> causes = causes(Spc.calculate(series(values), Direction.INCREASE, null, Set.of(), 12));
        assertThat(causes).doesNotContain(SpecialCause.TWO_IN_THREE_ABOVE, SpecialCause.TWO_IN_THREE_BELOW);
    }

    @Test
    void sevenPointsInARowOnOneSideOfTheMeanAreAShift() {
        double[] values = {10, 11, 10.2, 11.1, 10.4, 10.9, 10.3, 11.6, 12.5, 11.8, 12.6, 11.7, 12.4, 11.9};
        List<SpecialCause> causes = causes(spc(Direction.DECREASE, values));
        assertThat(causes.subList(0, 7)).containsOnly(SpecialCause.SEVEN_BELOW_MEAN);
        assertThat(causes.subList(7, 14)).containsOnly(SpecialCause.SEVEN_ABOVE_MEAN);
        assertThat(spc(Direction.DECREASE, values).rows().get(0).type()).isEqualTo(PointType.IMPROVEMENT);
    }

    @Test
    void aFlatSeriesIsCommonCause() {
        double[] values = new double[15];
        java.util.Arrays.fill(values, 5);
        Spc.Result result = spc(Direction.INCREASE, values);
        assertThat(causes(result)).containsOnly(SpecialCause.COMMON_CAUSE);
        assertThat(result.rows().get(0).upperLimit()).isEqualTo(5.0);
    }

    @Test
    void fewerThanTwelvePointsGiveARunChartWithoutLimitsOrVerdicts() {
        Spc.Result result = Spc.calculate(series(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), Direction.INCREASE, 5.0, Set.of(), null);
        assertThat(result.tooFewPoints()).isTrue();
        assertThat(result.rows()).allSatisfy(r -> assertThat(r.upperLimit()).isNull());
        assertThat(result.rows().get(0).mean()).isEqualTo(6.0);
        assertThat(result.variation()).isNull();
        assertThat(result.assurance()).isNull();
    }

    @Test
    void rebasingRecalculatesTheLimitsFromItsDate() {
        double[] values = new double[24];
        for (int i = 0; i < 24; i++) {
            values[i] = (i < 12 ? 10 : 20) + (i % 2);
        }
        Spc.Result plain = spc(Direction.INCREASE, values);
        Spc.Result rebased = Spc.calculate(series(values), Direction.INCREASE, null, Set.of(START.plusWeeks(12)), null);
        assertThat(plain.rows().get(0).mean()).isEqualTo(15.5);
        assertThat(rebased.rows().get(0).mean()).isEqualTo(10.5);
        assertThat(rebased.rows().get(12).mean()).isEqualTo(20.5);
        assertThat(rebased.rows().get(12).phase()).isEqualTo(1);
        assertThat(causes(rebased)).containsOnly(SpecialCause.COMMON_CAUSE);
        assertThat(causes(plain)).contains(SpecialCause.BELOW_LOWER_LIMIT, SpecialCause.ABOVE_UPPER_LIMIT);
    }

    @Test
    void aFixedBaselineTakesTheLimitsFromTheFirstPoints() {
        double[] values = new double[20];
        for (int i = 0; i < 20; i++) {
            values[i] = (i < 12 ? 10 : 14) + (i % 2);
        }
        Spc.Result fixed = Spc.calculate(series(values), Direction.INCREASE, null, Set.of(), 12);
        assertThat(fixed.rows().get(19).mean()).isEqualTo(10.5);
        assertThat(fixed.rows().get(19).upperLimit()).isCloseTo(10.5 + 2.66, within(1e-9));
        assertThat(fixed.rows().get(19).cause()).isEqualTo(SpecialCause.ABOVE_UPPER_LIMIT);
        assertThat(fixed.variation()).isEqualTo(PointType.IMPROVEMENT);
    }

    @Test
    void theAssuranceVerdictComparesTheTargetWithTheLatestLimits() {
        List<Spc.Point> points = series(STABLE); // limits 7.87 to 15.13
        assertThat(Spc.calculate(points, Direction.INCREASE, 12.0, Set.of(), null).assurance()).isEqualTo(Assurance.HIT_AND_MISS);
        assertThat(Spc.calculate(points, Direction.INCREASE, 5.0, Set.of(), null).assurance())
                .isEqualTo(Assurance.CONSISTENTLY_PASSING);
        assertThat(Spc.calculate(points, Direction.INCREASE, 20.0, Set.of(), null).assurance())
                .isEqualTo(Assurance.CONSISTENTLY_FAILING);
        assertThat(Spc.calculate(points, Direction.DECREASE, 20.0, Set.of(), null).assurance())
                .isEqualTo(Assurance.CONSISTENTLY_PASSING);
        assertThat(Spc.calculate(points, Direction.DECREASE, 5.0, Set.of(), null).assurance())
                .isEqualTo(Assurance.CONSISTENTLY_FAILING);
        assertThat(Spc.calculate(points, Direction.NEUTRAL, 5.0, Set.of(), null).assurance()).isNull();
        assertThat(Spc.calculate(points, Direction.INCREASE, null, Set.of(), null).assurance()).isNull();
    }

    @Test
    void outsideTheLimitsOutranksATrend() {
        double[] values = {12, 11, 12, 10, 10.2, 10.4, 10.6, 10.8, 11, 30, 12, 11, 12, 11};
        List<SpecialCause> causes = causes(spc(Direction.INCREASE, values));
        assertThat(causes.get(9)).isEqualTo(SpecialCause.ABOVE_UPPER_LIMIT);
        assertThat(causes.subList(3, 6)).as("below the lower limit, though part of the trend").containsOnly(
                SpecialCause.BELOW_LOWER_LIMIT);
        assertThat(causes.subList(6, 9)).containsOnly(SpecialCause.TREND_INCREASING);
    }
}
