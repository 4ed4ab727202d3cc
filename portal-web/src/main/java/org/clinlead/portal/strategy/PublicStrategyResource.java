package org.clinlead.portal.strategy;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The strategy's headline figures, without sign-in: counts only, no names. */
@Path("public/strategy/headlines")
@Produces(MediaType.APPLICATION_JSON)
public class PublicStrategyResource {

    @Inject
    private StrategyHeadlines figures;

    @GET
    public HeadlineFigures headlines() {
        return figures.headlines();
    }
}
