package org.clinlead.portal.appointments;

import java.io.Serializable;
import java.time.LocalDate;

/** A lead seat and where it stands: its holder and term when filled, its vacancy when being recruited. */
public record SeatSummary(long id, String label, String areaKind, String areaCode, String areaName, int number,
        SeatState state, String stateLabel, Long appointmentId, String holder, LocalDate termEnd, Long vacancyId)
        implements Serializable {

    static SeatSummary of(LeadSeat seat, Appointment holder, Vacancy recruiting) {
        SeatState state = SeatState.of(holder != null, recruiting != null);
        return new SeatSummary(seat.getId(), seat.getLabel(), seat.getAreaKind(),
                seat.getPathway() != null ? seat.getPathway().getCode() : seat.getProgramme().getCode(), seat.getAreaName(),
                seat.getNumber(), state, state.label(), holder == null ? null : holder.getId(),
                holder == null ? null : holder.getClinician().getDisplayName(), holder == null ? null : holder.lastDay(),
                recruiting == null ? null : recruiting.getId());
    }
}
