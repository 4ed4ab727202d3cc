package org.clinlead.portal.appointments;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.clinlead.portal.api.PageAnswer;

/** The key programmes with their own lead seats. */
@Path("programmes")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammesResource {

    @Inject
    private LeadSeats seats;

    @GET
    public PageAnswer<ProgrammeSummary> list() {
        return PageAnswer.whole(seats.programmes());
    }
}
