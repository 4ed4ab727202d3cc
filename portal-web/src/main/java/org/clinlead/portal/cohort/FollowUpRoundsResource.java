package org.clinlead.portal.cohort;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.api.Versioned;
import org.clinlead.portal.shared.InvalidInputException;

/** Yearly follow-up rounds of alumni and their answers; the programme manager's dashboard. */
@Path("follow-up-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpRoundsResource {

    public record RoundInput(Long cohortId) {
    }

    public record ResponseInput(String presentRole, String leadershipRoles, Boolean inRegion, Sustained projectsSustained,
            Integer furtherProjects, Integer patientsAffected, Integer hoursSaved, BigDecimal moneySaved) {
    }

    @Inject
    private FollowUp followUp;

    @GET
    public PageAnswer<RoundView> list(@QueryParam("cohort") Long cohortId) {
        return PageAnswer.whole(followUp.rounds(cohortId));
    }

    @POST
    public Response open(RoundInput input) {
        Versioned.body(input);
        if (input.cohortId() == null) {
            throw new InvalidInputException("cohortId", "Say which cohort to follow up.");
        }
        return Response.status(Response.Status.CREATED).entity(followUp.openRound(input.cohortId())).build();
    }

    /** The open rounds the caller is asked to answer. */
    @GET
    @Path("mine")
    public PageAnswer<FollowUpTask> mine() {
        return PageAnswer.whole(followUp.myFollowUps());
    }

    @GET
    @Path("{id}/responses")
    public PageAnswer<ResponseView> responses(@PathParam("id") long id) {
        return PageAnswer.whole(followUp.responses(id));
    }

    /** The caller's answer (a second one replaces the first while the round is open). */
    @POST
    @Path("{id}/responses")
    public ResponseView respond(@PathParam("id") long id, ResponseInput input) {
        Versioned.body(input);
        return followUp.respond(id, new ResponseDraft(input.presentRole(), input.leadershipRoles(), input.inRegion(),
                input.projectsSustained(), input.furtherProjects(), input.patientsAffected(), input.hoursSaved(),
                input.moneySaved()));
    }
}
