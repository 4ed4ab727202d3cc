package org.clinlead.portal.cohort;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A cohort with its places: taken (participants not withdrawn), applications waiting, on the waiting list. */
public record CohortSummary(long id, long version, String name, LocalDate startsOn, LocalDate endsOn, String phase,
        boolean openForApplications, boolean ended, int fundedPlaces, BigDecimal fundingPerPlace, List<String> pathways,
        List<String> pathwayCodes, long placesTaken, long awaitingDecision, long waitlisted) implements Serializable {
}
