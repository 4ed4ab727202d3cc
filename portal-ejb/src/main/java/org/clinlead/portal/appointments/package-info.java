/**
 * The appointment boundaries, one per use case: {@link org.clinlead.portal.appointments.LeadSeats}
 * (programmes, seats, the cap, the Clinical Advisory Group), {@link org.clinlead.portal.appointments.Vacancies},
 * {@link org.clinlead.portal.appointments.Panels}, {@link org.clinlead.portal.appointments.LeadApplications},
 * {@link org.clinlead.portal.appointments.Scoring}, {@link org.clinlead.portal.appointments.AppointmentDecisions}
 * and {@link org.clinlead.portal.appointments.LeadAppointments} (terms: renew, end early, NSR leads, reminders).
 */
package org.clinlead.portal.appointments;
