package org.clinlead.portal.people;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.clinlead.portal.api.Versioned;
import org.clinlead.portal.shared.InvalidInputException;

/** Whether everyone must sign in through their organisation (administrators). */
@Path("sign-in-policy")
@Produces(MediaType.APPLICATION_JSON)
public class SignInPolicyResource {

    /** {@code organisationRequired}: true or false; {@code version}: as read. */
    public record Change(Boolean organisationRequired, Long version) {
    }

    @Inject
    private SignInPolicies policies;

    @GET
    public SignInPolicyView current() {
        return policies.current();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SignInPolicyView change(Change input) {
        Versioned.body(input);
        if (input.organisationRequired() == null) {
            throw new InvalidInputException("organisationRequired",
                    "Say whether organisation sign-in is required: true or false.");
        }
        return policies.change(input.organisationRequired(), Versioned.required(input.version()));
    }
}
