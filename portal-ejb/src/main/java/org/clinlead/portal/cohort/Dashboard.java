package org.clinlead.portal.cohort;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The programme manager's dashboard: each cohort's places and enrolment, projects by status, by aim and by
 * spread level (the three-thirds picture), projects with overdue data, and completion.
 */
public record Dashboard(List<CohortSummary> cohorts, Map<String, Long> participantsByStatus,
        Map<String, Long> projectsByStatus, Map<String, Long> projectsByAim, Map<String, Long> projectsBySpread,
        long projectsWithOverdueData, int overdueAfterDays, long completed, long eligibleToComplete) implements Serializable {

    /** Read only, in the order given: one dashboard is shared by everyone who looks until something is written. */
    public Dashboard {
        cohorts = List.copyOf(cohorts);
        participantsByStatus = Collections.unmodifiableMap(new LinkedHashMap<>(participantsByStatus));
        projectsByStatus = Collections.unmodifiableMap(new LinkedHashMap<>(projectsByStatus));
        projectsByAim = Collections.unmodifiableMap(new LinkedHashMap<>(projectsByAim));
        projectsBySpread = Collections.unmodifiableMap(new LinkedHashMap<>(projectsBySpread));
    }
}
