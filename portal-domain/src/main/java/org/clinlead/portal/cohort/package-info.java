/**
 * The aspiring clinical leaders programme (aim B): cohorts of funded places, applications with the
 * organisation's support, participants with a mentor and an action-learning set, coaching sessions,
 * completion, and the yearly follow-up of alumni that shows the programme's return on investment.
 */
package org.clinlead.portal.cohort;
