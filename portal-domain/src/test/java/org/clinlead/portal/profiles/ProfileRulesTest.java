package org.clinlead.portal.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The funnel plot, the spine chart and the checks of an imported line, against examples worked by hand (the
 * arithmetic is written out beside each; a calculator gives the same to the digits asserted).
 */
class ProfileRulesTest {

    private static final double TIGHT = 1e-3;

    private static Funnel.Unit u(String key, long num, long den) {
        return new Funnel.Unit(key, num, den);
    }

    /**
     * Four practices, 105 of 800 in all: p₀ = 0.13125, target θ = asin(√0.13125) = asin(0.36228) = 0.37072.
     * Practice C, 5 of 100: y = asin(√0.05) = 0.22551, s = 1/(2√100) = 0.05, z = (0.22551 − 0.37072)/0.05 = −2.904:
     * below the 95 % limit (−1.96), within 99.8 % (−3.09). Limits at n = 100: θ ± 1.96 × 0.05 = 0.27272 / 0.46871,
     * sin² = 7.255 % / 20.407 %; θ ± 3.09 × 0.05 → 4.602 % / 25.141 %.
     */
    @Test
    void proportionsAreComparedOnTheArcsineScale() {
        Funnel f = Funnel.of(IndicatorKind.PROPORTION, List.of(u("A", 10, 100), u("B", 30, 200), u("C", 5, 100),
                u("D", 60, 400)), false);
        assertThat(f.target()).isCloseTo(13.125, within(1e-9));
        assertThat(f.points().get(2).z()).isCloseTo(-2.9041, within(TIGHT));
        assertThat(f.points().get(2).flag()).isEqualTo(Funnel.Flag.LOW_95);
        assertThat(f.points().get(2).value()).isCloseTo(5.0, within(1e-9));
        assertThat(f.points().get(0).z()).isCloseTo(-0.9793, within(TIGHT));
        assertThat(f.points().get(0).flag()).isEqualTo(Funnel.Flag.WITHIN);
        Funnel.Limits at100 = f.limitsAt(100);
        assertThat(at100.lower95()).isCloseTo(7.2550, within(TIGHT));
        assertThat(at100.upper95()).isCloseTo(20.4070, within(TIGHT));
        assertThat(at100.lower998()).isCloseTo(4.6021, within(TIGHT));
        assertThat(at100.upper998()).isCloseTo(25.1413, within(TIGHT));
        assertThat(f.adjusted()).isFalse();
        assertThat(f.tau2()).isZero();
        assertThat(Funnel.Flag.LOW_95.words(Polarity.HIGHER_IS_BETTER)).isEqualTo("Outside 95 %, worse");
        assertThat(Funnel.Flag.LOW_95.words(Polarity.LOWER_IS_BETTER)).isEqualTo("Outside 95 %, better");
    }

    @Test
    void limitsNarrowAsTheDenominatorGrowsAndStayWithinZeroAndAHundredPercent() {
        Funnel f = Funnel.of(IndicatorKind.PROPORTION, List.of(u("A", 1, 2), u("B", 1, 2), u("C", 50, 100)), false);
        Funnel.Limits small = f.limitsAt(2);
        Funnel.Limits large = f.limitsAt(10_000);
        assertThat(small.lower998()).isEqualTo(0.0);
        assertThat(small.upper998()).isEqualTo(100.0);
        assertThat(large.upper95() - large.lower95()).isLessThan(small.upper95() - small.lower95());
        assertThat(f.curve(2, 100, 10)).hasSize(11);
    }

    /**
     * Ten practices spread far wider than chance allows. The winsorised z-scores give φ = 10.733 (of ten, the two
     * lowest raised to the 10th percentile and the two highest lowered to the 90th), so with the adjustment on
     * τ² = (10 × 10.733 − 9) / (Σw − Σw²/Σw) = 0.020453, and practice F (5 of 110, z = −6.78 unadjusted) becomes
     * −6.78 × 0.0477 / √(0.0477² + 0.020453) = −2.145: outside 95 % only.
     */
    @Test
    void overdispersionWidensTheLimitsWhenSwitchedOn() {
        List<Funnel.Unit> units = List.of(u("A", 20, 100), u("B", 45, 150), u("C", 10, 120), u("D", 80, 200),
                u("E", 30, 90), u("F", 5, 110), u("G", 70, 140), u("H", 25, 100), u("I", 60, 300), u("J", 15, 60));
        Funnel plain = Funnel.of(IndicatorKind.PROPORTION, units, false);
        Funnel adjusted = Funnel.of(IndicatorKind.PROPORTION, units, true);
        assertThat(plain.phi()).isCloseTo(10.7330, within(TIGHT));
        assertThat(adjusted.phi()).isCloseTo(10.7330, within(TIGHT));
        assertThat(plain.adjusted()).isFalse();
        assertThat(adjusted.adjusted()).isTrue();
        assertThat(adjusted.tau2()).isCloseTo(0.020453, within(1e-6));
        assertThat(plain.points().get(5).z()).isCloseTo(-6.7832, within(TIGHT));
        assertThat(plain.points().get(5).flag()).isEqualTo(Funnel.Flag.LOW_998);
        assertThat(adjusted.points().get(5).z()).isCloseTo(-2.1451, within(TIGHT));
        assertThat(adjusted.points().get(5).flag()).isEqualTo(Funnel.Flag.LOW_95);
        assertThat(adjusted.limitsAt(200).lower95()).isCloseTo(6.0963, within(TIGHT));
        assertThat(adjusted.limitsAt(200).upper95()).isCloseTo(54.1522, within(TIGHT));
    }

    @Test
    void noAdjustmentWhenThePracticesVaryNoMoreThanChance() {
        Funnel f = Funnel.of(IndicatorKind.PROPORTION, List.of(u("A", 10, 100), u("B", 11, 100), u("C", 9, 100),
                u("D", 10, 100)), true);
        assertThat(f.phi()).isLessThan(1);
        assertThat(f.adjusted()).isFalse();
        assertThat(f.tau2()).isZero();
    }

    /**
     * Rates: 92 events in 8,500 patients, p₀ = 0.0108235 (10.82 per 1,000). A practice of 1,000 expects E = 10.8235:
     * s = 1/(2√10.8235) = 0.15198; limits 1 ± 1.96 × 0.15198 = 0.70213 / 1.29787, squared × 10.8235 = 5.336 /
     * 18.232 per 1,000. Practice A has no events: √0 − 1 = −1, z = −1/0.15198 = −6.580, below 99.8 %.
     */
    @Test
    void ratesUseTheSquareRootOfTheRatioToExpectedAndTakeAZeroNumerator() {
        List<Funnel.Unit> units = List.of(u("A", 0, 1000), u("B", 12, 2000), u("C", 30, 3000), u("D", 50, 2500));
        Funnel f = Funnel.of(IndicatorKind.RATE_PER_1000, units, false);
        assertThat(f.target()).isCloseTo(10.8235, within(TIGHT));
        assertThat(f.points().get(0).z()).isCloseTo(-6.5798, within(TIGHT));
        assertThat(f.points().get(0).flag()).isEqualTo(Funnel.Flag.LOW_998);
        assertThat(f.points().get(3).flag()).isEqualTo(Funnel.Flag.HIGH_998);
        assertThat(f.points().get(3).value()).isCloseTo(20.0, within(1e-9));
        assertThat(f.limitsAt(1000).lower95()).isCloseTo(5.3358, within(TIGHT));
        assertThat(f.limitsAt(1000).upper95()).isCloseTo(18.2320, within(TIGHT));
        assertThat(f.limitsAt(1000).lower998()).isCloseTo(3.0443, within(TIGHT));
        assertThat(f.limitsAt(1000).upper998()).isCloseTo(23.3775, within(TIGHT));
        Funnel adjusted = Funnel.of(IndicatorKind.RATE_PER_1000, units, true);
        assertThat(adjusted.tau2()).isCloseTo(0.140866, within(1e-5));
        assertThat(adjusted.points().get(0).z()).isCloseTo(-2.4696, within(TIGHT));
        assertThat(adjusted.points().get(0).flag()).isEqualTo(Funnel.Flag.LOW_95);
    }

    @Test
    void anAreaWithNoEventsAtAllHasEveryPracticeWithinLimits() {
        Funnel f = Funnel.of(IndicatorKind.RATE_PER_1000, List.of(u("A", 0, 1000), u("B", 0, 2000)), true);
        assertThat(f.points()).allMatch(p -> p.flag() == Funnel.Flag.WITHIN);
        assertThat(f.limitsAt(1000).upper998()).isZero();
    }

    /** Type 7: for 1, 2, 3, 4 the 25th percentile is at h = 0.75 → 1.75, the 75th at h = 2.25 → 3.25. */
    @Test
    void spinePercentilesInterpolateBetweenOrderStatistics() {
        Spine four = Spine.of(List.of(4.0, 1.0, 3.0, 2.0));
        assertThat(four.p25()).isEqualTo(1.75);
        assertThat(four.p75()).isEqualTo(3.25);
        assertThat(four.lowest()).isEqualTo(1.0);
        assertThat(four.highest()).isEqualTo(4.0);
        Spine five = Spine.of(List.of(1.0, 2.0, 3.0, 4.0, 10.0));
        assertThat(five.p25()).isEqualTo(2.0);
        assertThat(five.p75()).isEqualTo(4.0);
        assertThat(five.position(5.5)).isEqualTo(0.5);
        assertThat(Spine.of(List.of(7.0)).position(7.0)).isEqualTo(0.5);
        assertThat(Spine.of(List.of())).isNull();
    }

    @Test
    void periodsAreFinancialYearsAndQuartersWrittenAsPeopleWriteThem() {
        assertThat(PeriodType.QUARTER.parse("2025/26 Q3")).contains("2025/26 Q3");
        assertThat(PeriodType.QUARTER.parse(" 2025/26q3 ")).contains("2025/26 Q3");
        assertThat(PeriodType.QUARTER.parse("2025/27 Q3")).isEmpty();
        assertThat(PeriodType.QUARTER.parse("2025/26 Q5")).isEmpty();
        assertThat(PeriodType.QUARTER.parse("2025/26")).isEmpty();
        assertThat(PeriodType.YEAR.parse("2099/00")).contains("2099/00");
        assertThat(PeriodType.YEAR.parse("2025-26")).isEmpty();
    }

    private final ProfileRow.Known known = new ProfileRow.Known() {
        private final Map<String, Long> practices = Map.of("B82001", 7L);
        private final Map<String, ProfileRow.IndicatorFacts> indicators = Map.of(
                "FLU65", new ProfileRow.IndicatorFacts(3, IndicatorKind.PROPORTION, PeriodType.QUARTER),
                "ABX", new ProfileRow.IndicatorFacts(4, IndicatorKind.RATE_PER_1000, PeriodType.YEAR));

        @Override
        public Optional<Long> practice(String code) {
            return Optional.ofNullable(practices.get(code));
        }

        @Override
        public String practiceProblem(String code) {
            return "there is no GP practice " + code + " in your area";
        }

        @Override
        public Optional<ProfileRow.IndicatorFacts> indicator(String code) {
            return Optional.ofNullable(indicators.get(code));
        }
    };

    @Test
    void aGoodLineBecomesARowWithItsPeriodWrittenTheStoredWay() {
        ProfileRow.Checked c = ProfileRow.check(2, List.of(" b82001", "flu65", "2025/26q1", "120", "150"), known);
        assertThat(c.ok()).isTrue();
        assertThat(c.row()).isEqualTo(new ProfileRow(7, 3, "2025/26 Q1", 120, 150));
        assertThat(ProfileRow.check(3, List.of("B82001", "ABX", "2025/26", "900", "150"), known).ok())
                .as("a rate may count more events than patients").isTrue();
    }

    @Test
    void everyProblemOfALineIsSaidWithItsLineNumber() {
        assertThat(ProfileRow.check(4, List.of("B82001", "FLU65", "2025/26 Q1", "151", "150"), known).problems())
                .containsExactly("Line 4: the numerator (151) is above the denominator (150) of a proportion.");
        assertThat(ProfileRow.check(5, List.of("Z99999", "NOPE", "2025/26 Q1", "-1", "x"), known).problems())
                .containsExactly("Line 5: there is no GP practice \"Z99999\" in your area; there is no indicator \"NOPE\" "
                        + "in the catalogue; the numerator is negative (-1); the denominator \"x\" is not a whole number.");
        assertThat(ProfileRow.check(6, List.of("B82001", "FLU65", "Q1 2025", "1", "0"), known).problems())
                .containsExactly("Line 6: the period \"Q1 2025\" is not a financial quarter such as 2025/26 Q3; "
                        + "the denominator is 0 (no patients to count).");
        assertThat(ProfileRow.check(7, List.of("B82001", "FLU65"), known).problems().get(0)).startsWith("Line 7: expected 5 values");
        assertThat(ProfileRow.check(8, List.of("B82001", "FLU65", "2025/26 Q1", "", "99999999999"), known).problems())
                .containsExactly("Line 8: the numerator is missing; the denominator (99999999999) is above 10000000.");
    }
}
