package org.clinlead.portal.advice;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** Requests for clinical advice: the list, a new one, one in full, and each step of its answer. */
@Path("advice-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdviceRequestsResource {

    public record AdviceRequestInput(String question, String background, String pathwayCode, String programmeCode, List<String> aims,
            List<Long> organisationIds, AdviceSubject subject, Long subjectId, LocalDate dueOn, Urgency urgency) {
    }

    public record AdviceVersionInput(Long version) {
    }

    public record AdviceAssignmentInput(Long clinicianId, Long version) {
    }

    public record AdviceConflictInput(String handling, Long version) {
    }

    public record AdviceResponseInput(String advice, String recommendation, Long version) {
    }

    public record AdviceOutcomeInput(AdviceOutcome outcome, String reason, Long version) {
    }

    @Inject
    private AdviceRequests requests;

    @Inject
    private AdviceAnswers answers;

    @Context
    private UriInfo uri;

    /** Filters {@code status} (or {@code pending}), {@code pathway}, {@code requester} (or {@code me}), {@code overdue}, {@code subject}, {@code subjectId}; paged. */
    @GET
    public PageAnswer<AdviceSummary> list() {
        ListParameters params = ListParameters.read(uri, Set.of("status", "pathway", "requester", "overdue", "subject", "subjectId"));
        return PageAnswer.of(requests.search(params.toRequest()), params);
    }

    @POST
    public Response raise(AdviceRequestInput input) {
        Versioned.body(input);
        AdviceRequestView made = requests.raise(new AdviceDraft(input.question(), input.background(), input.pathwayCode(), input.programmeCode(),
                input.aims(), input.organisationIds(), input.subject(), input.subjectId(), input.dueOn(), input.urgency()));
        return Response.created(uri.getBaseUriBuilder().path("advice-requests").path(String.valueOf(made.summary().id()))
                .build()).entity(made).build();
    }

    @GET
    @Path("{id}")
    public AdviceRequestView get(@PathParam("id") long id) {
        return requests.request(id);
    }

    @POST
    @Path("{id}/acceptance")
    public AdviceRequestView accept(@PathParam("id") long id, AdviceVersionInput input) {
        return answers.accept(id, Versioned.required(Versioned.body(input).version()));
    }

    @POST
    @Path("{id}/assignment")
    public AdviceRequestView assign(@PathParam("id") long id, AdviceAssignmentInput input) {
        Versioned.body(input);
        return answers.assign(id, input.clinicianId(), Versioned.required(input.version()));
    }

    @POST
    @Path("{id}/conflict-statements")
    public AdviceRequestView stateInterest(@PathParam("id") long id, AdviceConflictInput input) {
        Versioned.body(input);
        return answers.stateInterest(id, input.handling(), Versioned.required(input.version()));
    }

    @POST
    @Path("{id}/response")
    public AdviceRequestView respond(@PathParam("id") long id, AdviceResponseInput input) {
        Versioned.body(input);
        return answers.respond(id, input.advice(), input.recommendation(), Versioned.required(input.version()));
    }

    @POST
    @Path("{id}/outcome")
    public AdviceRequestView outcome(@PathParam("id") long id, AdviceOutcomeInput input) {
        Versioned.body(input);
        return answers.recordOutcome(id, input.outcome(), input.reason(), Versioned.required(input.version()));
    }

    @POST
    @Path("{id}/withdrawal")
    public AdviceRequestView withdraw(@PathParam("id") long id, AdviceVersionInput input) {
        return requests.withdraw(id, Versioned.required(Versioned.body(input).version()));
    }

    @POST
    @Path("{id}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addEvidence(@PathParam("id") long id, @FormParam("file") EntityPart file) {
        return Response.status(Response.Status.CREATED).entity(answers.addEvidence(id, EvidenceUploads.of(file))).build();
    }

    @GET
    @Path("{id}/evidence/{evidenceId}/content")
    @Produces({"application/pdf", "text/csv", Exports.XLSX, MediaType.APPLICATION_JSON})
    public Response content(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
        EvidenceContent content = answers.evidence(id, evidenceId);
        return Exports.file(content.file(), content.fileName(), content.mediaType(), content.size());
    }
}
