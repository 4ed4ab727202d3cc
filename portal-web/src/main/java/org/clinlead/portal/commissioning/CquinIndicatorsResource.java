package org.clinlead.portal.commissioning;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.api.Versioned;

/** A CQUIN indicator: the leads' advice on it, and its quarterly returns. */
@Path("indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CquinIndicatorsResource {

    public record AdviceInput(AdvicePosition position, String advice, String interestHandling) {
    }

    /** {@code version}: the return's, when correcting one already made. */
    public record ReturnInput(Integer quarter, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
            String narrative, Long version) {
    }

    @Inject
    private ClinicalAdvice clinicalAdvice;

    @Inject
    private Schemes schemes;

    @Inject
    private Returns returns;

    /** Indicators on the caller's pathways waiting for their advice. */
    @GET
    @Path("awaiting-my-advice")
    public PageAnswer<AwaitingAdvice> awaitingMyAdvice() {
        return PageAnswer.whole(clinicalAdvice.awaitingMine());
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        schemes.removeIndicator(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/advice")
    public PageAnswer<AdviceView> advice(@PathParam("id") long id) {
        return PageAnswer.whole(clinicalAdvice.advice(id));
    }

    @POST
    @Path("{id}/advice")
    public Response advise(@PathParam("id") long id, AdviceInput input) {
        Versioned.body(input);
        return Response.status(Response.Status.CREATED).entity(clinicalAdvice.advise(id, input.position(), input.advice(),
                input.interestHandling())).build();
    }

    @GET
    @Path("{id}/submissions")
    public PageAnswer<ReturnView> submissions(@PathParam("id") long id, @QueryParam("quarter") String quarter) {
        Integer q = null;
        if (quarter != null && !quarter.isBlank()) {
            try {
                q = Integer.valueOf(quarter.strip());
            } catch (NumberFormatException e) {
                throw new org.clinlead.portal.shared.InvalidInputException("quarter", "A quarter is 1 to 4.");
            }
        }
        return PageAnswer.whole(returns.returns(id, q));
    }

    /** The quarter's return; with {@code version}, corrected figures for one already made. */
    @POST
    @Path("{id}/submissions")
    public Response submit(@PathParam("id") long id, ReturnInput input) {
        Versioned.body(input);
        ReturnView r = returns.submit(id, new ReturnDraft(input.quarter(), input.numerator(), input.denominator(),
                input.value(), input.narrative()), input.version());
        return Response.status(input.version() == null ? Response.Status.CREATED : Response.Status.OK).entity(r).build();
    }
}
