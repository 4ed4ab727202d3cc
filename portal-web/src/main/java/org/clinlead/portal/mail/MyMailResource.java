package org.clinlead.portal.mail;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.clinlead.portal.api.Versioned;

/** The caller's own e-mail settings: their address (checked by a link sent to it) and how notices reach them. */
@Path("me/mail")
@Produces(MediaType.APPLICATION_JSON)
public class MyMailResource {

    @Inject
    private MyMail mail;

    @GET
    public MyMailSettings mine() {
        return mail.mine();
    }

    @PUT
    @Path("address")
    @Consumes(MediaType.APPLICATION_JSON)
    public MyMailSettings address(MailInputs.Address input) {
        Versioned.body(input);
        return mail.changeAddress(input.address(), Versioned.required(input.version()));
    }

    @PUT
    @Path("delivery")
    @Consumes(MediaType.APPLICATION_JSON)
    public MyMailSettings delivery(MailInputs.Choice input) {
        Versioned.body(input);
        return mail.choose(MailInputs.delivery(input.delivery()), input.digestHour(), Versioned.required(input.version()));
    }

    /** What the link in the e-mail does, for a script: checks the caller's address with its token. */
    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    public MyMailSettings check(MailInputs.Check input) {
        return mail.verify(Versioned.body(input).token());
    }
}
