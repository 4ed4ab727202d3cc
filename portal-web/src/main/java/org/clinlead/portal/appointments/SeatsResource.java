package org.clinlead.portal.appointments;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.api.Versioned;
import org.clinlead.portal.shared.InvalidInputException;

/** The lead seats with their state, and the regional cap (administrators change it). */
@Path("seats")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SeatsResource {

    public record CapInput(Integer cap, Long version) {
    }

    @Inject
    private LeadSeats seats;

    @GET
    public PageAnswer<SeatSummary> list() {
        return PageAnswer.whole(seats.seats());
    }

    @GET
    @Path("cap")
    public CapSummary cap() {
        return seats.cap();
    }

    @PUT
    @Path("cap")
    public CapSummary changeCap(CapInput input) {
        Versioned.body(input);
        if (input.cap() == null) {
            throw new InvalidInputException("cap", "Give the new cap as a whole number.");
        }
        return seats.changeCap(input.cap(), Versioned.required(input.version()));
    }
}
