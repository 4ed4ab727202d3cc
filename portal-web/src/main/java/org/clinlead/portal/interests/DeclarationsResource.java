package org.clinlead.portal.interests;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.clinlead.portal.api.Versioned;

/** The caller's own declarations: declare, amend, end, nil return; administrators withhold. */
@Path("declarations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeclarationsResource {

    /** The body of an amendment: the interest as it should now read, and the version it was based on. */
    public record AmendInput(InterestType type, Long organisationId, String outsideBody, String relatedPerson,
            String description, LocalDate fromDate, LocalDate toDate, String actionTaken, Long version) {
        InterestDraft draft() {
            return new InterestDraft(type, organisationId, outsideBody, relatedPerson, description, fromDate, toDate,
                    actionTaken);
        }
    }

    public record EndInput(LocalDate on, Long version) {
    }

    public record WithholdInput(String reason, Long version) {
    }

    @Inject
    private RegisterOfInterests register;

    @Context
    private UriInfo uri;

    @GET
    public List<DeclarationSummary> mine() {
        return register.mine();
    }

    @POST
    public Response declare(InterestDraft draft) {
        return created(register.declare(draft));
    }

    @POST
    @Path("nil-return")
    public Response declareNothing() {
        return created(register.declareNothing());
    }

    @PUT
    @Path("{id}")
    public DeclarationSummary amend(@PathParam("id") long id, AmendInput input) {
        Versioned.body(input);
        return register.amend(id, Versioned.required(input.version()), input.draft());
    }

    @POST
    @Path("{id}/end")
    public DeclarationSummary end(@PathParam("id") long id, EndInput input) {
        Versioned.body(input);
        return register.end(id, Versioned.required(input.version()), input.on());
    }

    @POST
    @Path("{id}/withhold")
    public DeclarationSummary withhold(@PathParam("id") long id, WithholdInput input) {
        Versioned.body(input);
        return register.withhold(id, Versioned.required(input.version()), input.reason());
    }

    private Response created(DeclarationSummary declaration) {
        return Response.created(uri.getBaseUriBuilder().path("declarations").path(String.valueOf(declaration.id())).build())
                .entity(declaration).build();
    }
}
