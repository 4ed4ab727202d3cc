package org.clinlead.portal.aims;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.clinlead.portal.api.PageAnswer;

/** The strategy's five aims, A to E. */
@Path("aims")
@Produces(MediaType.APPLICATION_JSON)
public class AimsResource {

    @Inject
    private Strategy strategy;

    @GET
    public PageAnswer<AimSummary> list() {
        return PageAnswer.whole(strategy.aims());
    }
}
