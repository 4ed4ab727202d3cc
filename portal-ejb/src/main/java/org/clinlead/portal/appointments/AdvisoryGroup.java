package org.clinlead.portal.appointments;

import java.io.Serializable;
import java.util.List;

/**
 * The Clinical Advisory Group: every lead in post (by pathway and programme, in seat order), the seats
 * being recruited or vacant, terms ending within 90 days, and the cap.
 */
public record AdvisoryGroup(List<AppointmentSummary> leads, List<SeatSummary> openSeats, List<VacancySummary> recruitment,
        List<AppointmentSummary> endingSoon, CapSummary cap) implements Serializable {
}
