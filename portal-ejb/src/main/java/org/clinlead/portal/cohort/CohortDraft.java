package org.clinlead.portal.cohort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** A new cohort as the programme manager describes it; funded places default to 120. */
public record CohortDraft(String name, LocalDate startsOn, LocalDate endsOn, Integer fundedPlaces, BigDecimal fundingPerPlace,
        Set<String> pathwayCodes) {
}
