package org.clinlead.portal.assurance;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.api.Exports;
import org.clinlead.portal.api.ListParameters;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.api.Versioned;
import org.clinlead.portal.shared.EvidenceContent;
import org.clinlead.portal.shell.EvidenceUploads;

/** Assurance reviews of strategic plans and region-wide programmes, step by step, and their report. */
@Path("assurance-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssuranceReviewsResource {

    public record AssuranceReviewInput(ReviewSubject subject, String title, Long organisationId, Integer periodStart,
            Integer periodEnd, List<String> pathwayCodes, List<String> aims) {
    }

    public record AssurancePanelInput(List<Long> memberIds, Long chairId, Long version) {
    }

    public record AssuranceStatementInput(String handling, Long version) {
    }

    public record AssuranceVersionInput(Long version) {
    }

    public record RatingInput(Long criterionId, Rag rag, String comment, Long version) {
    }

    public record CriterionInput(String name, Long version) {
    }

    public record AssuranceRecommendationInput(String text, String owner, LocalDate dueOn) {
    }

    public record ConclusionInput(AssuranceLevel level, String conclusion, List<AssuranceRecommendationInput> recommendations,
            Long version) {
    }

    public record RecommendationProgressInput(RecommendationStatus status, String note, Long version) {
    }

    @Inject
    private AssuranceReviews reviews;

    @Inject
    private AssurancePanels panels;

    @Inject
    private AssuranceConclusions conclusions;

    @Inject
    private RecommendationReminders reminders;

    @Context
    private UriInfo uri;

    /** Filters {@code organisation} (national code), {@code open}, {@code subject}; paged. */
    @GET
    public PageAnswer<AssuranceReviewSummary> list() {
        ListParameters params = ListParameters.read(uri, Set.of("organisation", "open", "subject"));
        return PageAnswer.of(reviews.search(params.toRequest()), params);
    }

    @POST
    public Response open(AssuranceReviewInput input) {
        Versioned.body(input);
        AssuranceReviewView made = reviews.open(new AssuranceDraft(input.subject(), input.title(), input.organisationId(),
                input.periodStart(), input.periodEnd(), input.pathwayCodes(), input.aims()));
        return Response.created(uri.getBaseUriBuilder().path("assurance-reviews").path(String.valueOf(made.summary().id()))
                .build()).entity(made).build();
    }

    /** Sends the overdue-recommendation reminders due now (they also go every hour); administrators. */
    @POST
    @Path("reminders")
    public java.util.Map<String, Integer> sendReminders() {
        return java.util.Map.of("sent", reminders.sendNow());
    }

    @GET
    @Path("{id}")
    public AssuranceReviewView get(@PathParam("id") long id) {
        return reviews.review(id);
    }

    @POST
    @Path("{id}/plan")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public AssuranceReviewView attachPlan(@PathParam("id") long id, @FormParam("file") EntityPart file) {
        return reviews.attachPlan(id, EvidenceUploads.of(file));
    }

    @GET
    @Path("{id}/plan")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response plan(@PathParam("id") long id) {
        EvidenceContent content = reviews.plan(id);
        return Exports.file(content.file(), content.fileName(), content.mediaType(), content.size());
    }

    @PUT
    @Path("{id}/panel")
    public AssuranceReviewView setPanel(@PathParam("id") long id, AssurancePanelInput input) {
        Versioned.body(input);
        return panels.setPanel(id, input.memberIds(), input.chairId(), Versioned.required(input.version()));
    }

    @POST
    @Path("{id}/panel/interest-statement")
    public AssuranceReviewView stateInterest(@PathParam("id") long id, AssuranceStatementInput input) {
        Versioned.body(input);
        return panels.stateInterest(id, input.handling(), Versioned.required(input.version()));
    }

    @POST
    @Path("{id}/panel/step-down")
    public AssuranceReviewView stepDown(@PathParam("id") long id, AssuranceVersionInput input) {
        return panels.stepDown(id, Versioned.required(Versioned.body(input).version()));
    }

    @POST
    @Path("{id}/criteria")
    public AssuranceReviewView addCriterion(@PathParam("id") long id, CriterionInput input) {
        Versioned.body(input);
        return panels.addCriterion(id, input.name(), Versioned.required(input.version()));
    }

    @POST
    @Path("{id}/ratings")
    public AssuranceReviewView rate(@PathParam("id") long id, RatingInput input) {
        Versioned.body(input);
        return panels.rate(id, input.criterionId(), input.rag(), input.comment(), Versioned.required(input.version()));
    }

    @POST
    @Path("{id}/conclusion")
    public AssuranceReviewView conclude(@PathParam("id") long id, ConclusionInput input) {
        Versioned.body(input);
        List<AssuranceRecommendation.Draft> drafts = input.recommendations() == null ? List.of() : input.recommendations().stream()
                .map(r -> r == null ? null : new AssuranceRecommendation.Draft(r.text(), r.owner(), r.dueOn())).toList();
        return conclusions.conclude(id, input.level(), input.conclusion(), drafts, Versioned.required(input.version()));
    }

    @GET
    @Path("{id}/recommendations")
    public List<AssuranceReviewView.RecommendationView> recommendations(@PathParam("id") long id) {
        return reviews.review(id).recommendations();
    }

    @PUT
    @Path("{id}/recommendations/{recommendationId}")
    public AssuranceReviewView progress(@PathParam("id") long id, @PathParam("recommendationId") long recommendationId,
            RecommendationProgressInput input) {
        Versioned.body(input);
        return conclusions.updateRecommendation(id, recommendationId, input.status(), input.note(),
                Versioned.required(input.version()));
    }

    @GET
    @Path("{id}/report.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response report(@PathParam("id") long id) {
        return Response.ok(reviews.report(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"assurance-review-" + id + ".pdf\"").build();
    }
}
