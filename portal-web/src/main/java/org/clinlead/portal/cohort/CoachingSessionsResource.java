package org.clinlead.portal.cohort;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.api.Versioned;
import org.clinlead.portal.shared.InvalidInputException;

/** Coaching sessions: a mentor records them; notes are private to the mentor and the participant. */
@Path("coaching-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoachingSessionsResource {

    public record SessionInput(Long participantId, LocalDate date, CoachingModel model, String agreedActions, String notes) {
    }

    @Inject
    private Mentoring mentoring;

    @GET
    public PageAnswer<SessionView> list(@QueryParam("participant") Long participantId) {
        if (participantId == null) {
            throw new InvalidInputException("participant", "Say whose sessions: ?participant= their participant id.");
        }
        return PageAnswer.whole(mentoring.sessions(participantId));
    }

    @POST
    public Response record(SessionInput input) {
        Versioned.body(input);
        if (input.participantId() == null) {
            throw new InvalidInputException("participantId", "Say which participant the session was with.");
        }
        return Response.status(Response.Status.CREATED).entity(mentoring.recordSession(input.participantId(),
                new SessionDraft(input.date(), input.model(), input.agreedActions(), input.notes()))).build();
    }
}
