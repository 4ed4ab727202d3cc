package org.clinlead.portal.cohort;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The programme manager's dashboard. */
@Path("programme")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    @Inject
    private ProgrammeDashboard programmeDashboard;

    @GET
    @Path("dashboard")
    public Dashboard dashboard() {
        return programmeDashboard.dashboard();
    }
}
