package org.clinlead.portal.boards;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.clinlead.portal.api.ListParameters;
import org.clinlead.portal.api.PageAnswer;

/** Published minutes with their public items: no sign-in. */
@Path("public/minutes")
@Produces(MediaType.APPLICATION_JSON)
public class PublicMinutesResource {

    @Inject
    private Minutes minutes;

    @Context
    private UriInfo uri;

    @GET
    public PageAnswer<PublicMinutes> list() {
        ListParameters params = ListParameters.read(uri, Set.of());
        return PageAnswer.of(minutes.publicMinutes(params.toRequest()), params);
    }
}
