package org.clinlead.portal.boards;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.clinlead.portal.api.Versioned;
import org.clinlead.portal.shared.FieldError;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Text;

/** An agenda item: its papers (multipart upload), its decision, conflicts handled at the meeting, actions. */
@Path("items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemsResource {

    public record ItemDecisionInput(String discussion, ItemOutcome outcome, Integer votesFor, Integer votesAgainst,
            Integer votesAbstaining, Long version) {
    }

    public record ConflictInput(Long clinicianId, String interest, Handling handling, String reason) {
    }

    public record ActionInput(String description, Long ownerId, LocalDate dueDate) {
    }

    @Inject
    private BoardPapers boardPapers;

    @Inject
    private MeetingRecords records;
    @Inject
    private BoardActions boardActions;

    /**
     * Uploads a paper as {@code multipart/form-data}: {@code file} (the PDF), {@code title}, {@code author},
     * {@code summary}, {@code confidential} (true/false).
     */
    @POST
    @Path("{id}/papers")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") long id, @FormParam("file") EntityPart file, @FormParam("title") String title,
            @FormParam("author") String author, @FormParam("summary") String summary,
            @FormParam("confidential") String confidential) {
        List<FieldError> errors = new java.util.ArrayList<>();
        for (var field : java.util.Map.of("title", title == null ? "" : title, "author", author == null ? "" : author,
                "summary", summary == null ? "" : summary).entrySet()) {
            String problem = Text.problem(field.getValue());
            if (problem != null) {
                errors.add(new FieldError(field.getKey(), "The text " + problem));
            }
        }
        if (confidential != null && !confidential.isBlank() && !confidential.equals("true") && !confidential.equals("false")) {
            errors.add(new FieldError("confidential", "This must be true or false."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Upload upload = Upload.read(file);
        PaperSummary paper = boardPapers.addPaper(id, title, author, summary, "true".equals(confidential),
                upload.name(), upload.bytes());
        return Response.status(Response.Status.CREATED).entity(paper).build();
    }

    /** The discussion and, for a decision item, the decision (and the vote if one was taken). */
    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingPage decide(@PathParam("id") long id, ItemDecisionInput input) {
        Versioned.body(input);
        return records.recordItem(id, Versioned.required(input.version()), input.discussion(), input.outcome(),
                input.votesFor(), input.votesAgainst(), input.votesAbstaining());
    }

    @POST
    @Path("{id}/conflicts")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingPage conflict(@PathParam("id") long id, ConflictInput input) {
        Versioned.body(input);
        return records.recordConflict(id, input.clinicianId(), input.interest(), input.handling(), input.reason());
    }

    @POST
    @Path("{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addAction(@PathParam("id") long id, ActionInput input) {
        Versioned.body(input);
        return Response.status(Response.Status.CREATED)
                .entity(boardActions.addAction(id, input.description(), input.ownerId(), input.dueDate())).build();
    }

    /** A multipart file part read into memory, refusing more than the paper size limit plus one byte. */
    record Upload(String name, byte[] bytes) {
        static Upload read(EntityPart part) {
            if (part == null) {
                throw new InvalidInputException("file", "Attach the paper's PDF as the form field \"file\".");
            }
            try (InputStream in = part.getContent()) {
                byte[] bytes = in.readNBytes((int) PdfUpload.MAX_BYTES + 1);
                return new Upload(part.getFileName().orElse("paper.pdf"), bytes);
            } catch (IOException e) {
                throw new InvalidInputException("file", "The file could not be read; try the upload again.");
            }
        }
    }
}
