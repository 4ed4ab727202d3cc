package org.clinlead.portal.boards;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.api.Versioned;

/** Papers: the page, the PDF, new versions, reviews and read receipts; the caller's papers to review. */
@Path("papers")
@Produces(MediaType.APPLICATION_JSON)
public class PapersResource {

    public record ReviewInput(ReviewPosition position, String comment) {
    }

    @Inject
    private BoardPapers boardPapers;

    @Inject
    private PaperReviews paperReviews;

    /** Published papers of the caller's boards they have not opened yet, oldest meeting first. */
    @GET
    @Path("to-review")
    public PageAnswer<InboxEntry> toReview() {
        return PageAnswer.whole(paperReviews.inbox());
    }

    @GET
    @Path("{id}")
    public PaperPage get(@PathParam("id") long id) {
        return boardPapers.paper(id);
    }

    /** The PDF (the latest version, or {@code ?version=N}), streamed with a safe attachment name. */
    @GET
    @Path("{id}/content")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response content(@PathParam("id") long id, @QueryParam("version") Integer version,
            @QueryParam("inline") boolean inline) {
        return PdfResponse.of(boardPapers.content(id, version), inline);
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public PaperSummary newVersion(@PathParam("id") long id, @FormParam("file") EntityPart file) {
        ItemsResource.Upload upload = ItemsResource.Upload.read(file);
        return boardPapers.addVersion(id, upload.name(), upload.bytes());
    }

    /** The caller's review: {@code {"position":"CONCERNS","comment":"…"}}, until the meeting starts. */
    @PUT
    @Path("{id}/reviews/mine")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewView review(@PathParam("id") long id, ReviewInput input) {
        Versioned.body(input);
        return paperReviews.review(id, input.position(), input.comment());
    }

    /** Everyone's reviews (secretary and chair) or the caller's own. */
    @GET
    @Path("{id}/reviews")
    public PageAnswer<ReviewView> reviews(@PathParam("id") long id) {
        PaperPage page = boardPapers.paper(id);
        return PageAnswer.whole(page.overseer() ? page.reviews() : page.myReview() == null ? List.of() : List.of(page.myReview()));
    }

    /** Read receipts (secretary and chair; empty for others). */
    @GET
    @Path("{id}/reads")
    public PageAnswer<ReadView> reads(@PathParam("id") long id) {
        return PageAnswer.whole(boardPapers.paper(id).reads());
    }
}
