package org.clinlead.portal.people;

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

/** The clinicians of the region: read by everyone signed in, maintained by administrators. */
@Path("clinicians")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CliniciansResource {

    /** The body of a create (no version) or an update (with the version it was based on). */
    public record ClinicianInput(String givenName, String familyName, Profession profession,
            RegistrationBody registrationBody, String registrationNumber, Long organisationId, String email,
            Long version) {
        ClinicianDraft draft() {
            return new ClinicianDraft(givenName, familyName, profession, registrationBody, registrationNumber,
                    organisationId, email);
        }
    }

    @Inject
    private ClinicianRegister register;

    @Context
    private UriInfo uri;

    @GET
    public PageAnswer<ClinicianSummary> list() {
        ListParameters params = ListParameters.read(uri, Set.of("name", "organisationId", "profession", "registrationNumber"));
        return PageAnswer.of(register.search(params.toRequest()), params);
    }

    @GET
    @Path("{id}")
    public ClinicianSummary get(@PathParam("id") long id) {
        return register.find(id);
    }

    @POST
    public Response create(ClinicianInput input) {
        ClinicianSummary created = register.register(Versioned.body(input).draft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    public ClinicianSummary update(@PathParam("id") long id, ClinicianInput input) {
        Versioned.body(input);
        return register.amend(id, Versioned.required(input.version()), input.draft());
    }
}
