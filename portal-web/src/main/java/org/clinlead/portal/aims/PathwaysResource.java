package org.clinlead.portal.aims;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.clinlead.portal.api.PageAnswer;

/** The eight care pathways. */
@Path("pathways")
@Produces(MediaType.APPLICATION_JSON)
public class PathwaysResource {

    @Inject
    private Strategy strategy;

    @GET
    public PageAnswer<PathwaySummary> list() {
        return PageAnswer.whole(strategy.pathways());
    }
}
