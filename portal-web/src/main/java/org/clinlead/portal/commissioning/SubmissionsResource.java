package org.clinlead.portal.commissioning;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.api.Versioned;
import org.clinlead.portal.shared.EvidenceContent;
import org.clinlead.portal.shell.EvidenceUploads;

/** A quarterly return: in full, its evidence files, the commissioner's assessment, and the query thread. */
@Path("submissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubmissionsResource {

    public record AssessmentInput(Outcome outcome, String text, String interestHandling, Long version) {
    }

    public record MessageInput(String body) {
    }

    @Inject
    private Returns returns;

    @Inject
    private Assessments assessments;

    @GET
    @Path("{id}")
    public ReturnView get(@PathParam("id") long id) {
        return returns.submission(id);
    }

    @GET
    @Path("{id}/evidence")
    public PageAnswer<EvidenceView> evidence(@PathParam("id") long id) {
        return PageAnswer.whole(returns.submission(id).evidence());
    }

    /** An evidence file as the multipart form field {@code file}: PDF, XLSX or CSV, checked by content, at most 10 MB. */
    @POST
    @Path("{id}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addEvidence(@PathParam("id") long id, @FormParam("file") EntityPart file) {
        return Response.status(Response.Status.CREATED).entity(returns.addEvidence(id, EvidenceUploads.of(file))).build();
    }

    @GET
    @Path("{id}/evidence/{evidenceId}/content")
    @Produces({"application/pdf", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        MediaType.APPLICATION_JSON})
    public Response content(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
        EvidenceContent content = returns.evidence(evidenceId);
        return org.clinlead.portal.api.Exports.file(content.file(), content.fileName(), content.mediaType(), content.size());
    }

    /** Accept, query (the question in {@code text}) or reject (the reason in {@code text}). */
    @POST
    @Path("{id}/assessment")
    public ReturnView assess(@PathParam("id") long id, AssessmentInput input) {
        Versioned.body(input);
        return assessments.assess(id, Versioned.required(input.version()), input.outcome(), input.text(),
                input.interestHandling());
    }

    @GET
    @Path("{id}/queries")
    public PageAnswer<MessageView> thread(@PathParam("id") long id) {
        return PageAnswer.whole(returns.submission(id).messages());
    }

    @POST
    @Path("{id}/queries")
    public Response write(@PathParam("id") long id, MessageInput input) {
        Versioned.body(input);
        return Response.status(Response.Status.CREATED).entity(returns.message(id, input.body())).build();
    }
}
