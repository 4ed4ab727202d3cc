package org.clinlead.portal.targets;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** The operating targets, their exceptions, each series with its SPC chart, and putting an exception to a board. */
@Path("targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TargetsResource {

    /** Where to put an exception: the board and a note for it. */
    public record AgendaInput(Long boardId, String note) {
    }

    @Inject
    private OperatingTargets targets;

    @Inject
    private TargetActions actions;

    @Context
    private UriInfo uri;

    /** The targets, by code; filter {@code q} (name); sort {@code code}, {@code name}. */
    @GET
    public PageAnswer<TargetSummary> list() {
        ListParameters params = ListParameters.read(uri, Set.of("q"));
        return PageAnswer.of(targets.targets(params.toRequest()), params);
    }

    /** A new target (administrators). */
    @POST
    public Response define(TargetDraft draft) {
        TargetSummary t = targets.define(draft);
        return Response.status(Response.Status.CREATED).entity(t).build();
    }

    /** Series failing their standard or showing special cause of concern; filters {@code target}, {@code organisation}. */
    @GET
    @Path("exceptions")
    public PageAnswer<TargetExceptionRow> exceptions() {
        ListParameters params = ListParameters.read(uri, Set.of("target", "organisation"));
        return PageAnswer.of(targets.exceptions(params.toRequest()), params);
    }

    /** Every series the caller may see; filters {@code target}, {@code organisation}. */
    @GET
    @Path("series")
    public PageAnswer<TargetExceptionRow> series() {
        ListParameters params = ListParameters.read(uri, Set.of("target", "organisation"));
        return PageAnswer.of(targets.allSeries(params.toRequest()), params);
    }

    @GET
    @Path("series/{id}")
    public TargetChart chart(@PathParam("id") long id) {
        return targets.chart(id);
    }

    /** Puts the series on a board's next open agenda (medical directors, administrators). */
    @POST
    @Path("series/{id}/agenda-items")
    public Response putOnAgenda(@PathParam("id") long id, AgendaInput input) {
        TargetActions.AgendaPlacement placed = actions.putOnAgenda(id, input == null ? null : input.boardId(),
                input == null ? null : input.note());
        return Response.status(placed.itemId() == null ? Response.Status.ACCEPTED : Response.Status.CREATED).entity(placed).build();
    }
}
