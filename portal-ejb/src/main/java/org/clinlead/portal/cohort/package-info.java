/**
 * Boundaries of the aspiring clinical leaders programme, one per use case:
 * {@link org.clinlead.portal.cohort.Cohorts}, {@link org.clinlead.portal.cohort.CohortApplications},
 * {@link org.clinlead.portal.cohort.Mentoring}, {@link org.clinlead.portal.cohort.Participants},
 * {@link org.clinlead.portal.cohort.FollowUp} (yearly follow-up of alumni, the return-on-investment report)
 * and {@link org.clinlead.portal.cohort.ProgrammeDashboard}. The programme reads change projects and answers
 * their questions about a place ({@link org.clinlead.portal.cohort.ProgrammePlacesOfCohorts}).
 */
package org.clinlead.portal.cohort;
