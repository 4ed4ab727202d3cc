package org.clinlead.portal.reconfiguration;

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

/** Proposals for service changes and their clinical review, step by step. */
@Path("reconfigurations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReconfigurationsResource {

    public record ReconfigurationInput(String title, Long sponsorId, String services, String summary, String options,
            String pathwayCode, List<String> aims, List<Long> affectedIds) {
    }

    public record ReviewPanelInput(List<Long> memberIds, Long chairId, Long version) {
    }

    public record PanelStatementInput(String handling, Long version) {
    }

    public record ProposalVersionInput(Long version) {
    }

    public record ChecklistItemInput(String criterion, Long version) {
    }

    public record EvidenceTextInput(String evidence, Long version) {
    }

    public record JudgementInput(Long itemId, Judgement judgement, String comment, Boolean internal, Long version) {
    }

    public record PanelRecommendationInput(Recommendation recommendation, String rationale, List<String> conditions, Long version) {
    }

    public record DecisionInput(String decision, LocalDate decidedOn, Long version) {
    }

    public record ConditionInput(ConditionStatus status, String note, Long version) {
    }

    @Inject
    private Reconfigurations reconfigurations;

    @Inject
    private ClinicalReviews reviews;

    @Inject
    private ReconfigurationEvidence evidence;

    @Context
    private UriInfo uri;

    /** Filters {@code stage} (or {@code open}), {@code sponsor}, {@code pathway}, {@code q}; paged. */
    @GET
    public PageAnswer<ReconfigurationSummary> list() {
        ListParameters params = ListParameters.read(uri, Set.of("stage", "sponsor", "pathway", "q"));
        return PageAnswer.of(reconfigurations.search(params.toRequest()), params);
    }

    @POST
    public Response submit(ReconfigurationInput input) {
        Versioned.body(input);
        ReconfigurationView made = reconfigurations.submit(new ReconfigurationDraft(input.title(), input.sponsorId(),
                input.services(), input.summary(), input.options(), input.pathwayCode(), input.aims(), input.affectedIds()));
        return Response.created(uri.getBaseUriBuilder().path("reconfigurations").path(String.valueOf(made.id())).build())
                .entity(made).build();
    }

    @GET
    @Path("{id}")
    public ReconfigurationView get(@PathParam("id") long id) {
        return reconfigurations.proposal(id);
    }

    @PUT
    @Path("{id}/panel")
    public ReconfigurationView setPanel(@PathParam("id") long id, ReviewPanelInput input) {
        Versioned.body(input);
        return reviews.setPanel(id, input.memberIds(), input.chairId(), Versioned.required(input.version()));
    }

    @POST
    @Path("{id}/panel/interest-statement")
    public ReconfigurationView stateInterest(@PathParam("id") long id, PanelStatementInput input) {
        Versioned.body(input);
        return reviews.stateInterest(id, input.handling(), Versioned.required(input.version()));
    }

    @POST
    @Path("{id}/panel/step-down")
    public ReconfigurationView stepDown(@PathParam("id") long id, ProposalVersionInput input) {
        return reviews.stepDown(id, Versioned.required(Versioned.body(input).version()));
    }

    /** The checklist with the evidence and the judgements so far. */
    @GET
    @Path("{id}/evidence")
    public List<ReconfigurationView.ChecklistItem> checklist(@PathParam("id") long id) {
        return reconfigurations.proposal(id).items();
    }

    @POST
    @Path("{id}/evidence")
    public ReconfigurationView addItem(@PathParam("id") long id, ChecklistItemInput input) {
        Versioned.body(input);
        return evidence.addItem(id, input.criterion(), Versioned.required(input.version()));
    }

    @PUT
    @Path("{id}/evidence/{itemId}")
    public ReconfigurationView submitEvidence(@PathParam("id") long id, @PathParam("itemId") long itemId, EvidenceTextInput input) {
        Versioned.body(input);
        return evidence.submitEvidence(id, itemId, input.evidence(), Versioned.required(input.version()));
    }

    @POST
    @Path("{id}/evidence/{itemId}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addDocument(@PathParam("id") long id, @PathParam("itemId") long itemId, @FormParam("file") EntityPart file) {
        return Response.status(Response.Status.CREATED).entity(evidence.addDocument(id, itemId, EvidenceUploads.of(file))).build();
    }

    @GET
    @Path("{id}/documents/{documentId}/content")
    @Produces({"application/pdf", "text/csv", Exports.XLSX, MediaType.APPLICATION_JSON})
    public Response document(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        EvidenceContent content = evidence.document(id, documentId);
        return Exports.file(content.file(), content.fileName(), content.mediaType(), content.size());
    }

    @POST
    @Path("{id}/judgements")
    public ReconfigurationView judge(@PathParam("id") long id, JudgementInput input) {
        Versioned.body(input);
        return reviews.judge(id, input.itemId(), input.judgement(), input.comment(), Boolean.TRUE.equals(input.internal()),
                Versioned.required(input.version()));
    }

    @POST
    @Path("{id}/recommendation")
    public ReconfigurationView recommend(@PathParam("id") long id, PanelRecommendationInput input) {
        Versioned.body(input);
        return reviews.recommend(id, input.recommendation(), input.rationale(), input.conditions(),
                Versioned.required(input.version()));
    }

    @GET
    @Path("{id}/conditions")
    public List<ReconfigurationView.ConditionView> conditions(@PathParam("id") long id) {
        return reconfigurations.proposal(id).conditions();
    }

    @PUT
    @Path("{id}/conditions/{conditionId}")
    public ReconfigurationView settleCondition(@PathParam("id") long id, @PathParam("conditionId") long conditionId,
            ConditionInput input) {
        Versioned.body(input);
        return reviews.settleCondition(id, conditionId, input.status(), input.note(), Versioned.required(input.version()));
    }

    @POST
    @Path("{id}/decision")
    public ReconfigurationView decide(@PathParam("id") long id, DecisionInput input) {
        Versioned.body(input);
        return reconfigurations.recordDecision(id, input.decision(), input.decidedOn(), Versioned.required(input.version()));
    }

    @POST
    @Path("{id}/closure")
    public ReconfigurationView close(@PathParam("id") long id, ProposalVersionInput input) {
        return reconfigurations.close(id, Versioned.required(Versioned.body(input).version()));
    }
}
