package org.clinlead.portal.advice;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The register of advice. */
@Path("advice")
@Produces(MediaType.APPLICATION_JSON)
public class AdviceResource {

    @Inject
    private AdviceRegister register;

    @GET
    @Path("register")
    public AdviceRegisterView register() {
        return register.register();
    }
}
