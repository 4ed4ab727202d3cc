package org.clinlead.portal.notices;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.shell.Links;

/** The caller's notices (reminders), unread first, and marking one read. */
@Path("notices")
@Produces(MediaType.APPLICATION_JSON)
public class NoticesResource {

    @Inject
    private Notices notices;

    @Inject
    private Links links;

    @GET
    public PageAnswer<NoticeAnswer> mine() {
        return PageAnswer.whole(notices.mine().stream().map(n -> NoticeAnswer.of(n, links)).toList());
    }

    @POST
    @Path("{id}/read")
    public NoticeAnswer read(@PathParam("id") long id) {
        return NoticeAnswer.of(notices.markRead(id), links);
    }
}
