/**
 * The aspiring clinical leaders programme on the web: cohorts, applications, participants, mentors'
 * mentees, coaching, follow-up, the return-on-investment report and the programme manager's dashboard,
 * as pages and as the {@code /api/v1} resources.
 */
package org.clinlead.portal.cohort;
