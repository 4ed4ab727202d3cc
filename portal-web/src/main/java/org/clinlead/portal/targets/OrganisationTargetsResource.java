package org.clinlead.portal.targets;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One organisation's series of one target, with its SPC chart against the standard. */
@Path("organisations/{id}/targets")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationTargetsResource {

    @Inject
    private OperatingTargets targets;

    @GET
    @Path("{code}/spc")
    public TargetChart spc(@PathParam("id") long organisationId, @PathParam("code") String code) {
        return targets.chart(organisationId, code);
    }
}
