package org.clinlead.portal.appointments;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** An appointment and its term, as the roster and the API show it. */
public record AppointmentSummary(long id, long version, long seatId, String seatLabel, String areaName,
        long clinicianId, String clinicianName, String organisation, Route route, String routeLabel,
        LocalDate termStart, LocalDate termEnd, int renewals, LocalDate endedOn, EndKind endKind, String endReason,
        boolean inPost, boolean endingSoon, long daysLeft, List<String> aims) implements Serializable {

    static AppointmentSummary of(Appointment a, LocalDate today) {
        return new AppointmentSummary(a.getId(), a.getVersion(), a.getSeat().getId(), a.getSeat().getLabel(),
                a.getSeat().getAreaName(), a.getClinician().getId(), a.getClinician().getDisplayName(),
                a.getClinician().getOrganisation().getName(), a.getRoute(), a.getRoute().label(), a.getTermStart(),
                a.getTermEnd(), a.getRenewals(), a.getEndedOn(), a.getEndKind(), a.getEndReason(), a.isInPostOn(today),
                a.isEndingSoon(today), a.daysLeft(today), List.copyOf(a.getAims()));
    }
}
