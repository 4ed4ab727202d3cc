package org.clinlead.portal.profiles;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.clinlead.portal.api.ListParameters;
import org.clinlead.portal.api.PageAnswer;

/** GP practices the caller may see, and each one's profile. */
@Path("practices")
@Produces(MediaType.APPLICATION_JSON)
public class PracticesResource {

    @Inject
    private PracticeProfiles profiles;

    @Context
    private UriInfo uri;

    /** Filters {@code area} (a primary care trust's code) and {@code name}; paged. */
    @GET
    public PageAnswer<PracticeProfiles.PracticeSummary> list() {
        ListParameters params = ListParameters.read(uri, Set.of("area", "name"));
        return PageAnswer.of(profiles.practices(params.toRequest()), params);
    }

    @GET
    @Path("{code}/profile")
    public PracticeProfileView profile(@PathParam("code") String code) {
        return profiles.profile(code);
    }
}
