/**
 * Boundaries of the aspiring clinical leaders programme: {@link org.clinlead.portal.cohort.Cohorts} (cohorts,
 * applications, participants, mentors, coaching) and {@link org.clinlead.portal.cohort.FollowUp} (yearly
 * follow-up of alumni, the return-on-investment report and the programme manager's dashboard).
 */
package org.clinlead.portal.cohort;
