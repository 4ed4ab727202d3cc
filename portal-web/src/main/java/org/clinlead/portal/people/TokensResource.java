package org.clinlead.portal.people;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.clinlead.portal.security.PortalAuthenticationMechanism;
import org.clinlead.portal.shared.AccessRefusedException;

/**
 * Personal API tokens: the caller's own (list, make, revoke) and, for administrators, everyone's. A token
 * cannot make another token — that needs the person's own sign-in — so a leaked token cannot outlive itself.
 */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    @Inject
    private ApiTokens tokens;

    @Context
    private UriInfo uri;

    @Context
    private HttpServletRequest request;

    @GET
    public PageAnswer<TokenSummary> mine() {
        ListParameters params = ListParameters.read(uri, Set.of());
        return PageAnswer.of(tokens.mine(params.toRequest()), params);
    }

    @GET
    @Path("all")
    public PageAnswer<TokenSummary> all() {
        ListParameters params = ListParameters.read(uri, Set.of("owner"));
        return PageAnswer.of(tokens.all(params.toRequest()), params);
    }

    /** {@code {"name","expiresOn","readOnly"}} → 201 with the token's secret, shown this once. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(NewToken input) {
        if (request.getAttribute(PortalAuthenticationMechanism.TOKEN) != null) {
            throw new AccessRefusedException("A token cannot make tokens: sign in to the portal and make it on \"My API tokens\".");
        }
        IssuedToken issued = tokens.issue(Versioned.body(input));
        return Response.created(uri.getBaseUriBuilder().path("tokens").build()).entity(issued).build();
    }

    @DELETE
    @Path("{id}")
    public TokenSummary revoke(@PathParam("id") long id) {
        return tokens.revoke(id);
    }
}
