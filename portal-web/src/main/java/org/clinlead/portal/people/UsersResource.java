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
import org.clinlead.portal.api.VersionInput;
import org.clinlead.portal.api.Versioned;

/** User accounts, for administrators only (the URL constraint and the boundary both say so). */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    public record NewUserInput(String username, String displayName, String password, Long clinicianId, Set<Role> roles) {
    }

    public record UserChangesInput(String displayName, Long clinicianId, Set<Role> roles, Long version) {
    }


    public record IdentityInput(String identity, Long version) {
    }

    public record PasswordInput(String password) {
    }

    @Inject
    private UserAccounts accounts;

    @Context
    private UriInfo uri;

    @GET
    public PageAnswer<AccountSummary> list() {
        ListParameters params = ListParameters.read(uri, Set.of("name", "role"));
        return PageAnswer.of(accounts.search(params.toRequest()), params);
    }

    @GET
    @Path("{id}")
    public AccountSummary get(@PathParam("id") long id) {
        return accounts.find(id);
    }

    @POST
    public Response create(NewUserInput input) {
        Versioned.body(input);
        AccountSummary created = accounts.open(new NewAccount(input.username(), input.displayName(), input.password(),
                input.clinicianId(), input.roles()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    public AccountSummary update(@PathParam("id") long id, UserChangesInput input) {
        Versioned.body(input);
        return accounts.change(id, Versioned.required(input.version()),
                new AccountChanges(input.displayName(), input.clinicianId(), input.roles()));
    }

    /** Links the account to an identity at the organisation's sign-in service: {@code {"identity","version"}} ("" unlinks). */
    @PUT
    @Path("{id}/sso-identity")
    public AccountSummary linkIdentity(@PathParam("id") long id, IdentityInput input) {
        org.clinlead.portal.api.Versioned.body(input);
        return accounts.linkIdentity(id, org.clinlead.portal.api.Versioned.required(input.version()), input.identity());
    }

    @POST
    @Path("{id}/disable")
    public AccountSummary disable(@PathParam("id") long id, VersionInput input) {
        return accounts.disable(id, Versioned.required(Versioned.body(input).version()));
    }

    @POST
    @Path("{id}/enable")
    public AccountSummary enable(@PathParam("id") long id, VersionInput input) {
        return accounts.enable(id, Versioned.required(Versioned.body(input).version()));
    }

    @POST
    @Path("{id}/password")
    public AccountSummary resetPassword(@PathParam("id") long id, PasswordInput input) {
        return accounts.resetPassword(id, Versioned.body(input).password());
    }
}
