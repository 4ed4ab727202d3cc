package org.clinlead.portal.reconfiguration;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.clinlead.portal.api.ListParameters;
import org.clinlead.portal.api.PageAnswer;

/** The public log of reconfiguration reviews: no sign-in, nothing internal. */
@Path("public/reconfigurations")
@Produces(MediaType.APPLICATION_JSON)
public class PublicReconfigurationsResource {

    @Inject
    private ReconfigurationLog log;

    @Context
    private UriInfo uri;

    /** Filters {@code stage} (or {@code open}) and {@code q}; paged. */
    @GET
    public PageAnswer<PublicReconfiguration> list() {
        ListParameters params = ListParameters.read(uri, Set.of("stage", "q"));
        return PageAnswer.of(log.publicLog(params.toRequest()), params);
    }

    @GET
    @Path("{id}")
    public PublicReconfiguration get(@PathParam("id") long id) {
        return log.publicProposal(id);
    }
}
