package org.clinlead.portal.advice;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The register of advice, and its reminders on demand. */
@Path("advice")
@Produces(MediaType.APPLICATION_JSON)
public class AdviceResource {

    /** How many reminder notices went out. */
    public record RemindersSent(int sent) {
    }

    @Inject
    private AdviceRegister register;

    @Inject
    private AdviceReminders reminders;

    /** Sends the reminders due now instead of waiting for the hourly run (administrators). */
    @jakarta.ws.rs.POST
    @Path("reminders")
    public RemindersSent sendReminders() {
        return new RemindersSent(reminders.sendNow());
    }

    @GET
    @Path("register")
    public AdviceRegisterView register() {
        return register.register();
    }
}
