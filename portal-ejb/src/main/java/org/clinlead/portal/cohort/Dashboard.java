package org.clinlead.portal.cohort;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The programme manager's dashboard: each cohort's places and enrolment, projects by status, by aim and by
 * spread level (the three-thirds picture), projects with overdue data, and completion.
 */
public record Dashboard(List<CohortSummary> cohorts, Map<String, Long> participantsByStatus,
        Map<String, Long> projectsByStatus, Map<String, Long> projectsByAim, Map<String, Long> projectsBySpread,
        long projectsWithOverdueData, int overdueAfterDays, long completed, long eligibleToComplete) implements Serializable {
}
