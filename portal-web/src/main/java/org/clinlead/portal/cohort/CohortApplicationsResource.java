package org.clinlead.portal.cohort;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.api.Versioned;

/** One application to a cohort: the organisation's support and the programme manager's decision. */
@Path("cohort-applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CohortApplicationsResource {

    public record SupportInput(String confirmedBy) {
    }

    public record SelectionInput(Selection decision, String reason, Long version) {
    }

    @Inject
    private CohortApplications cohortApplications;

    @GET
    @Path("mine")
    public PageAnswer<ApplicationView> mine() {
        return PageAnswer.whole(cohortApplications.myApplications());
    }

    /** Applications waiting for a medical director's confirmation of support. */
    @GET
    @Path("awaiting-support")
    public PageAnswer<ApplicationView> awaitingSupport() {
        return PageAnswer.whole(cohortApplications.awaitingSupport());
    }

    @POST
    @Path("{id}/support")
    public ApplicationView support(@PathParam("id") long id, SupportInput input) {
        return cohortApplications.confirmSupport(id, input == null ? null : input.confirmedBy());
    }

    @POST
    @Path("{id}/decision")
    public ApplicationView decide(@PathParam("id") long id, SelectionInput input) {
        Versioned.body(input);
        return cohortApplications.decide(id, Versioned.required(input.version()), input.decision(), input.reason());
    }
}
