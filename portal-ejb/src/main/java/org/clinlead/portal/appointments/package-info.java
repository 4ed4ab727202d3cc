/**
 * The appointment boundaries: {@link org.clinlead.portal.appointments.LeadSeats} (programmes, seats, the
 * cap, the Clinical Advisory Group), {@link org.clinlead.portal.appointments.Recruitment} (vacancies,
 * applications, panels, scores, recommendations, decisions) and
 * {@link org.clinlead.portal.appointments.LeadAppointments} (terms: renew, end early, NSR leads, reminders).
 */
package org.clinlead.portal.appointments;
