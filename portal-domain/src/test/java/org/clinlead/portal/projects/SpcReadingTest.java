package org.clinlead.portal.projects;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpcReadingTest {

    @Test
    void improvementThatStillFailsTheTargetReadsAsBetterButNotYetEnough() {
        SpcReading reading = SpcReading.of(PointType.IMPROVEMENT, Assurance.CONSISTENTLY_FAILING, Direction.INCREASE);
        assertThat(reading.variationIcon()).isEqualTo("improvement-high");
        assertThat(reading.assuranceIcon()).isEqualTo("fail");
        assertThat(reading.sentence()).startsWith("The measure has really changed for the better (it is higher")
                .contains("but not yet enough").endsWith("the process has to change further.");
    }

    @Test
    void theIconsLetterFollowsWhichWayTheMeasureMoved() {
        assertThat(SpcReading.of(PointType.IMPROVEMENT, null, Direction.DECREASE).variationIcon()).isEqualTo("improvement-low");
        assertThat(SpcReading.of(PointType.CONCERN, null, Direction.DECREASE).variationIcon()).isEqualTo("concern-high");
        assertThat(SpcReading.of(PointType.CONCERN, null, Direction.INCREASE).variationIcon()).isEqualTo("concern-low");
        assertThat(SpcReading.of(PointType.NEUTRAL_LOW, null, Direction.NEUTRAL).variationIcon()).isEqualTo("neutral-low");
        assertThat(SpcReading.of(PointType.COMMON_CAUSE, Assurance.HIT_AND_MISS, Direction.INCREASE))
                .extracting(SpcReading::variationIcon, SpcReading::assuranceIcon).containsExactly("common", "hit-and-miss");
    }

    @Test
    void everyCombinationReadsAsOneSentenceAndTooFewPointsSaySo() {
        for (PointType variation : PointType.values()) {
            for (Assurance assurance : Assurance.values()) {
                for (Direction direction : Direction.values()) {
                    String sentence = SpcReading.of(variation, assurance, direction).sentence();
                    assertThat(sentence).endsWith(".").doesNotContain("null").doesNotContain("..");
                }
            }
        }
        assertThat(SpcReading.of(null, null, Direction.INCREASE).sentence()).contains("too few points");
        assertThat(SpcReading.of(PointType.COMMON_CAUSE, Assurance.CONSISTENTLY_PASSING, Direction.INCREASE).sentence())
                .isEqualTo("The measure is moving only as it usually does: no sign yet of a real change, and as the process "
                        + "runs now it will meet the target every time.");
    }
}
