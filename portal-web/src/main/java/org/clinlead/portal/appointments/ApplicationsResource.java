package org.clinlead.portal.appointments;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.api.Versioned;
import org.clinlead.portal.shared.InvalidInputException;

/**
 * One application: read it (the approval file), set its vacancy's panel, score, state a conflict,
 * recommend, decide. The queues for the caller are here too.
 */
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationsResource {

    public record ScoresInput(List<ScoreInput> scores) {
    }

    public record StatementInput(String statement) {
    }

    public record RecommendationInput(String rationale) {
    }

    public record AppointmentDecisionInput(String outcome, String reason) {
    }

    @Inject
    private AppointmentDecisions appointmentDecisions;

    @Inject
    private LeadApplications leadApplications;

    @Inject
    private Panels panels;

    @Inject
    private Scoring scoring;

    @GET
    @Path("mine")
    public PageAnswer<ApplicationSummary> mine() {
        return PageAnswer.whole(leadApplications.myApplications());
    }

    /** Recommendations awaiting a medical director, oldest first. */
    @GET
    @Path("awaiting-decision")
    public PageAnswer<QueueEntry> awaitingDecision() {
        return PageAnswer.whole(appointmentDecisions.approvalQueue());
    }

    /** Applications on the caller's panels awaiting the caller's scores. */
    @GET
    @Path("awaiting-my-scores")
    public PageAnswer<QueueEntry> awaitingMyScores() {
        return PageAnswer.whole(panels.myPanelWork());
    }

    @GET
    @Path("{id}")
    public ApplicationFile get(@PathParam("id") long id) {
        return leadApplications.application(id);
    }

    /** Sets the panel of the application's vacancy (one panel scores every application to a vacancy). */
    @PUT
    @Path("{id}/panel")
    public VacancySummary panel(@PathParam("id") long id, VacanciesResource.PanelInput input) {
        Versioned.body(input);
        return panels.setPanelOfApplication(id, input.memberIds(), input.chairId());
    }

    @POST
    @Path("{id}/scores")
    public ApplicationFile score(@PathParam("id") long id, ScoresInput input) {
        Versioned.body(input);
        return scoring.score(id, input.scores());
    }

    @POST
    @Path("{id}/conflict-statements")
    public ApplicationFile stateConflict(@PathParam("id") long id, StatementInput input) {
        Versioned.body(input);
        return leadApplications.stateConflict(id, input.statement());
    }

    /** The panel chair leaves the application off the shortlist: {@code {"reason"}}. */
    @POST
    @Path("{id}/not-shortlisted")
    public ApplicationFile notShortlisted(@PathParam("id") long id, VacanciesResource.ReasonInput input) {
        Versioned.body(input);
        return scoring.leaveOffShortlist(id, input.reason());
    }

    @POST
    @Path("{id}/recommendation")
    public ApplicationFile recommend(@PathParam("id") long id, RecommendationInput input) {
        Versioned.body(input);
        return scoring.recommend(id, input.rationale());
    }

    /** {@code {"outcome": "APPROVED"|"REJECTED", "reason": "…"}} — medical directors only. */
    @POST
    @Path("{id}/decision")
    public ApplicationFile decide(@PathParam("id") long id, AppointmentDecisionInput input) {
        Versioned.body(input);
        Outcome outcome;
        try {
            outcome = input.outcome() == null ? null : Outcome.valueOf(input.outcome().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("outcome", "The outcome is APPROVED or REJECTED.");
        }
        return appointmentDecisions.decide(id, outcome, input.reason());
    }
}
