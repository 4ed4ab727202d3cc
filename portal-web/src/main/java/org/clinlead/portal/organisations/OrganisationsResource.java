package org.clinlead.portal.organisations;

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
import java.util.Set;
import org.clinlead.portal.api.ListParameters;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.api.Versioned;

/** The organisations of the region: read by everyone signed in, maintained by administrators. */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    /** The body of a create (no version) or an update (with the version it was based on). */
    public record OrganisationInput(String name, OrganisationType type, String nationalCode, Long version) {
        OrganisationDraft draft() {
            return new OrganisationDraft(name, type, nationalCode);
        }
    }

    @Inject
    private OrganisationDirectory directory;

    @Context
    private UriInfo uri;

    @GET
    public PageAnswer<OrganisationSummary> list() {
        ListParameters params = ListParameters.read(uri, Set.of("name", "type", "nationalCode"));
        return PageAnswer.of(directory.search(params.toRequest()), params);
    }

    @GET
    @Path("{id}")
    public OrganisationSummary get(@PathParam("id") long id) {
        return directory.find(id);
    }

    @POST
    public Response create(OrganisationInput input) {
        OrganisationSummary created = directory.register(Versioned.body(input).draft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    public OrganisationSummary update(@PathParam("id") long id, OrganisationInput input) {
        Versioned.body(input);
        return directory.amend(id, Versioned.required(input.version()), input.draft());
    }
}
