package org.clinlead.portal.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinlead.portal.projects.Assurance;
import org.clinlead.portal.projects.Direction;
import org.clinlead.portal.projects.Spc;
import org.clinlead.portal.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Target definitions, the lines of a monthly figures file, and a series read against its standard. */
class TargetRulesTest {

    private final OperatingTarget rtt = new OperatingTarget(new OperatingTarget.Definition("RTT-ADM", "18 weeks, admitted", null,
            TargetUnit.PERCENT, Direction.INCREASE, new BigDecimal("90"), Set.of()));
    private final OperatingTarget mrsa = new OperatingTarget(new OperatingTarget.Definition("MRSA", "MRSA", null,
            TargetUnit.COUNT, Direction.DECREASE, BigDecimal.ONE, Set.of("A")));
    private final Map<String, OperatingTarget> targets = Map.of("RTT-ADM", rtt, "MRSA", mrsa);
    private final YearMonth now = YearMonth.of(2026, 11);

    @Test
    void aTargetServesAimDAndHasADirectionAndASensibleStandard() {
        assertThat(mrsa.getAims()).containsExactly("A", "D");
        assertThat(rtt.meets(new BigDecimal("90.0"))).isTrue();
        assertThat(rtt.meets(new BigDecimal("89.99"))).isFalse();
        assertThat(mrsa.meets(new BigDecimal("2"))).isFalse();
        assertThatThrownBy(() -> new OperatingTarget(new OperatingTarget.Definition("x", " ", null, TargetUnit.PERCENT,
                Direction.NEUTRAL, new BigDecimal("120"), null))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).hasSize(4));
    }

    @Test
    void eachLineSaysEveryProblemInOneSentence() {
        assertThat(FigureRow.check(2, new String[] {"RZG", "RTT-ADM", "2026-10", "88.4"}, targets, code -> null, now).isValid()).isTrue();
        assertThat(FigureRow.check(3, new String[] {"RZG", "NOPE", "2026-12", "-1"}, targets, code -> null, now).problems()).containsExactly(
                "Line 3 names a target \"NOPE\" that is not in the list of targets, is for 2026-12, a month still to come, "
                        + "has a negative figure.");
        assertThat(FigureRow.check(4, new String[] {"RZG", "RTT-ADM", "Oct 2026", "101"}, targets, code -> null, now).problems())
                .containsExactly("Line 4 has the month \"Oct 2026\"; write it as 2026-10, has a percentage above 100.");
        assertThat(FigureRow.check(5, new String[] {"RZG", "MRSA", "2026-10", "1.5"}, targets, code -> null, now).problems())
                .containsExactly("Line 5 has a count that is not a whole number.");
        assertThat(FigureRow.check(6, new String[] {"RZG", "MRSA"}, targets, code -> null, now).problems()).singleElement().asString()
                .startsWith("Line 6 has 2 values");
        assertThat(FigureRow.check(7, new String[] {"rza", "MRSA", "2026-10", "-1"}, targets,
                code -> code.equals("RZA") ? "is for RZA, which is not your organisation" : null, now).problems())
                .containsExactly("Line 7 is for RZA, which is not your organisation, has a negative figure.");
    }

    @Test
    void aSeriesBelowItsStandardAllAlongIsConsistentlyFailingAndAnException() {
        List<Spc.Point> points = new ArrayList<>();
        LocalDate month = LocalDate.of(2024, 12, 1);
        for (int i = 0; i < 24; i++) {
            points.add(new Spc.Point(month.plusMonths(i), 80 + (i % 3)));
        }
        TargetReading failing = TargetReading.of(rtt, points);
        assertThat(failing.assurance()).isEqualTo(Assurance.CONSISTENTLY_FAILING);
        assertThat(failing.isException()).isTrue();
        assertThat(failing.reasons()).contains("the latest month misses the standard", "the process is consistently failing the standard");
        List<Spc.Point> good = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            good.add(new Spc.Point(month.plusMonths(i), 95 + (i % 2)));
        }
        TargetReading passing = TargetReading.of(rtt, good);
        assertThat(passing.assurance()).isEqualTo(Assurance.CONSISTENTLY_PASSING);
        assertThat(passing.isException()).isFalse();
    }
}
