package org.clinlead.portal.cohort;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A cohort's return on investment: places and funding, completion, each follow-up year (retention,
 * progression, sustained projects, benefits), the cohort's projects and how far they spread, and the
 * money saved per pound invested.
 */
public record RoiReport(long cohortId, String cohort, LocalDate startsOn, LocalDate endsOn, int fundedPlaces,
        long placesTaken, long completed, long withdrawn, BigDecimal fundingPerPlace, BigDecimal invested,
        List<Roi.Year> years, long patientsAffected, long hoursSaved, BigDecimal moneySaved, BigDecimal returnPerPound,
        long projects, long projectsSustainingOrBeyond, long projectsSpreadBeyondOrganisation, long leadsAppointed)
        implements Serializable {
}
