package org.clinlead.portal.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinlead.portal.shared.AimCodes;
import org.junit.jupiter.api.Test;

/** Quarters, the gap rules and the headline arithmetic. */
class StrategyRulesTest {

    @Test
    void quartersAreFinancialQuarters() {
        assertThat(Quarter.of(YearMonth.of(2026, 4)).label()).isEqualTo("2026/27 Q1");
        assertThat(Quarter.of(YearMonth.of(2026, 12)).label()).isEqualTo("2026/27 Q3");
        assertThat(Quarter.of(YearMonth.of(2027, 3)).label()).isEqualTo("2026/27 Q4");
        assertThat(Quarter.ofMonthNumber(202701)).isEqualTo(new Quarter(2026, 4));
        assertThat(new Quarter(2026, 1).previous()).isEqualTo(new Quarter(2025, 4));
        assertThat(new Quarter(2026, 3).firstDay()).hasToString("2026-10-01");
        assertThat(new Quarter(2026, 4).end()).hasToString("2027-04-01");
        assertThat(new Quarter(2025, 4)).isLessThan(new Quarter(2026, 1));
    }

    @Test
    void everyAimQuietLastQuarterEveryPathwayWithoutAnAimAndEveryQuietOrganisationIsAGap() {
        Map<String, String> aims = new LinkedHashMap<>();
        for (String a : List.of("A", "B", "C", "D", "E")) {
            aims.put(a, "Aim " + a);
        }
        Map<String, String> pathways = new LinkedHashMap<>();
        pathways.put("ACUTE_CARE", "Acute care");
        Map<Long, String> organisations = new LinkedHashMap<>();
        organisations.put(1L, "Ashby Moor Hospitals");
        organisations.put(2L, "Fernley Hospitals");
        pathways.put("PLANNED_CARE", "Planned care");
        pathways.put("END_OF_LIFE", "End of life");
        List<Gap> gaps = Gap.find(new Gap.Ground(aims, pathways, organisations, "2026/27 Q2", Set.of("A", "B", "C", "E"),
                Map.of("ACUTE_CARE", Set.of("A", "B", "C", "D"), "PLANNED_CARE", Set.of("A", "D"), "END_OF_LIFE", Set.of()),
                Set.of(1L), "in 2026/27"));
        assertThat(gaps).extracting(Gap::text).containsExactly(
                "No new activity under aim D (Aim D) in 2026/27 Q2.",
                "No activity of the Acute care pathway under aim E in 2026/27.",
                "No activity of the Planned care pathway under aims B, C and E in 2026/27.",
                "No activity of the End of life pathway at all in 2026/27.",
                "No activity of Fernley Hospitals in 2026/27.");
        assertThat(gaps).extracting(Gap::type).containsExactly(Gap.Type.AIM_QUIET, Gap.Type.PATHWAY_WITHOUT_AIM,
                Gap.Type.PATHWAY_WITHOUT_AIM, Gap.Type.PATHWAY_WITHOUT_AIM, Gap.Type.ORGANISATION_QUIET);
        assertThat(gaps.get(2).aim()).isEqualTo("BCE");
        assertThat(gaps.get(4).organisationId()).isEqualTo(2L);
    }

    @Test
    void headlineSharesAndMediansAreWorkedOutNotTyped() {
        assertThat(Headlines.percent(1, 3)).isEqualTo(33);
        assertThat(Headlines.percent(2, 3)).isEqualTo(67);
        assertThat(Headlines.percent(1, 8)).isEqualTo(13);
        assertThat(Headlines.percent(0, 0)).isNull();
        assertThat(Headlines.median(List.of(9L, 1L, 5L))).isEqualTo(5.0);
        assertThat(Headlines.median(List.of(4L, 1L, 2L, 9L))).isEqualTo(3.0);
        assertThat(Headlines.median(List.of())).isNull();
        assertThat(AimCodes.joined(Set.of("E", "A", "C"))).isEqualTo("ACE");
        assertThat(AimCodes.joined(Set.of())).isEmpty();
    }
}
