package org.clinlead.portal.notices;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.clinlead.portal.api.PageAnswer;

/** The caller's notices (reminders), unread first, and marking one read. */
@Path("notices")
@Produces(MediaType.APPLICATION_JSON)
public class NoticesResource {

    @Inject
    private Notices notices;

    @GET
    public PageAnswer<NoticeSummary> mine() {
        return PageAnswer.whole(notices.mine());
    }

    @POST
    @Path("{id}/read")
    public NoticeSummary read(@PathParam("id") long id) {
        return notices.markRead(id);
    }
}
