package org.clinlead.portal.people;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Who the caller is: {@code {"username", "displayName", "roles": [...]}} and where they work. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private UserAccounts accounts;

    @GET
    public Me me() {
        return accounts.me();
    }
}
