package org.clinlead.portal.mail;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.clinlead.portal.api.ListParameters;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.shared.InvalidInputException;

/** The mail outbox, for administrators: newest first, filters {@code status} and {@code to}; retry; send digests now. */
@Path("outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    @Inject
    private OutboxAdmin outbox;

    @Inject
    private MailDigests digests;

    @Context
    private UriInfo uri;

    @GET
    public PageAnswer<OutboxLine> list() {
        ListParameters params = ListParameters.read(uri, Set.of("status", "to"));
        return PageAnswer.of(outbox.list(params.toRequest()), params);
    }

    @POST
    @Path("{id}/retry")
    public OutboxLine retry(@PathParam("id") long id) {
        return outbox.retry(id);
    }

    /**
     * Queues today's daily e-mails now, for everyone on one whatever their hour; with {@code hour} (0–23, UK time) only
     * those due at that hour, as the schedule does at minute 0 of it.
     */
    @POST
    @Path("digests")
    public JsonObject digestsNow(@QueryParam("hour") String hour) {
        int queued;
        if (hour == null || hour.isBlank()) {
            queued = digests.sendNow();
        } else {
            try {
                queued = digests.sendForHour(Integer.parseInt(hour.strip()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("hour", MailDigests.HOUR_RULE);
            }
        }
        return Json.createObjectBuilder().add("queued", queued).build();
    }
}
