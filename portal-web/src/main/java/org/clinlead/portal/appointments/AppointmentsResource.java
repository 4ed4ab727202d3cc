package org.clinlead.portal.appointments;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Set;
import org.clinlead.portal.api.ListParameters;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.api.VersionInput;
import org.clinlead.portal.api.Versioned;
import org.clinlead.portal.shared.InvalidInputException;

/** Appointments and their terms: list, read, renew, end early; administrators record NSR leads. */
@Path("appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppointmentsResource {


    public record TermEndInput(LocalDate on, String kind, String reason, Long version) {
    }

    public record NsrInput(Long seatId, Long clinicianId, LocalDate termStart) {
    }

    @Inject
    private LeadAppointments appointments;

    @Inject
    private TermReminders reminders;

    @Context
    private UriInfo uri;

    /** Filters {@code route}, {@code clinicianId}; sort {@code termStart} (default, newest first), {@code termEnd}. */
    @GET
    public PageAnswer<AppointmentSummary> list() {
        ListParameters params = ListParameters.read(uri, Set.of("route", "clinicianId"));
        return PageAnswer.of(appointments.appointments(params.toRequest()), params);
    }

    @GET
    @Path("{id}")
    public AppointmentSummary get(@PathParam("id") long id) {
        return appointments.appointment(id);
    }

    @POST
    @Path("{id}/renew")
    public AppointmentSummary renew(@PathParam("id") long id, VersionInput input) {
        Versioned.body(input);
        return appointments.renew(id, Versioned.required(input.version()));
    }

    @POST
    @Path("{id}/end")
    public AppointmentSummary end(@PathParam("id") long id, TermEndInput input) {
        Versioned.body(input);
        EndKind kind;
        try {
            kind = input.kind() == null ? null : EndKind.valueOf(input.kind().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "The kind is RESIGNATION or REMOVAL.");
        }
        return appointments.end(id, Versioned.required(input.version()), input.on(), kind, input.reason());
    }

    /** Sends the term-ending reminders due now (they also go out every hour); answers how many were sent. */
    @POST
    @Path("reminders")
    public java.util.Map<String, Integer> sendReminders() {
        return java.util.Map.of("sent", reminders.sendNow());
    }

    /** Records an NSR lead (administrators): no panel, but the seat must be free and the cap not reached. */
    @POST
    @Path("nsr")
    public Response recordNsr(NsrInput input) {
        Versioned.body(input);
        AppointmentSummary appointment = appointments.recordNsrLead(input.seatId(), input.clinicianId(), input.termStart());
        return Response.created(uri.getBaseUriBuilder().path("appointments").path(String.valueOf(appointment.id())).build())
                .entity(appointment).build();
    }
}
