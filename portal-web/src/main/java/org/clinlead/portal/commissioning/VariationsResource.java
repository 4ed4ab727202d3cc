package org.clinlead.portal.commissioning;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.clinlead.portal.api.Versioned;

/** The other side's agreement to a proposed variation of a scheme. */
@Path("variations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VariationsResource {

    public record AgreementInput(Side side, Long version) {
    }

    @Inject
    private Variations variations;

    @POST
    @Path("{id}/agreement")
    public VariationView agree(@PathParam("id") long id, AgreementInput input) {
        Versioned.body(input);
        return variations.agree(id, Versioned.required(input.version()), input.side());
    }
}
