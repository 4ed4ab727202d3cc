package org.clinlead.portal.projects;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.clinlead.portal.api.Exports;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.api.Problems;
import org.clinlead.portal.api.Versioned;
import org.clinlead.portal.shared.InvalidInputException;

/** A measure's data (one value, or many as JSON or CSV) and its SPC series (JSON or CSV with the calculated columns). */
@Path("measures")
@Produces(MediaType.APPLICATION_JSON)
public class MeasuresResource {

    public record PointInput(LocalDate date, Double value) {
    }

    public record RebaseInput(LocalDate fromDate, String reason) {
    }

    @Inject
    private ProjectMeasures projectMeasures;

    /** The calculated series; {@code rebase} (dates, repeatable) and {@code fixAfter} try other limits without saving. */
    @GET
    @Path("{id}/spc")
    public SpcView spc(@PathParam("id") long id, @QueryParam("rebase") List<String> rebase,
            @QueryParam("fixAfter") Integer fixAfter) {
        return projectMeasures.spc(id, dates(rebase), fixAfter);
    }

    /** The series with its calculated columns as CSV. */
    @GET
    @Path("{id}/spc.csv")
    @Produces("text/csv")
    public Response spcCsv(@PathParam("id") long id) {
        SpcView view = projectMeasures.spc(id, null, null);
        List<List<Object>> rows = new ArrayList<>();
        for (Spc.Row r : view.rows()) {
            rows.add(Arrays.asList(r.date(), r.value(), r.mean(), r.lowerLimit(), r.upperLimit(), r.phase(),
                    r.cause().label(), r.type().label()));
        }
        return Exports.csv("measure-" + id, List.of("date", "value", "mean", "lowerProcessLimit", "upperProcessLimit",
                "phase", "specialCause", "pointType"), rows);
    }

    /** The data points (date and value), oldest first. */
    @GET
    @Path("{id}/data")
    public PageAnswer<PointInput> data(@PathParam("id") long id) {
        return PageAnswer.whole(projectMeasures.spc(id, null, null).rows().stream().map(r -> new PointInput(r.date(), r.value())).toList());
    }

    /** One value: {@code {"date":"2026-11-23","value":42}}. */
    @POST
    @Path("{id}/data")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addOne(@PathParam("id") long id, PointInput input) {
        Versioned.body(input);
        return Response.status(Response.Status.CREATED).entity(projectMeasures.addPoint(id, input.date(), input.value())).build();
    }

    /** Many values as a JSON array; all or nothing, with every row's problem reported. */
    @POST
    @Path("{id}/data/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addMany(@PathParam("id") long id, List<PointInput> input, @QueryParam("preview") boolean preview) {
        if (input == null || input.isEmpty()) {
            throw new InvalidInputException("data", "Send a JSON array of {\"date\", \"value\"}.");
        }
        String text = input.stream().map(p -> (p == null || p.date() == null ? "" : p.date().toString()) + ","
                + (p == null || p.value() == null ? "" : p.value().toString())).collect(Collectors.joining("\n"));
        return answer(projectMeasures.importPoints(id, text, !preview));
    }

    /** Many values as CSV ({@code date,value} per row, optional header); all or nothing, problems by row. */
    @POST
    @Path("{id}/data")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response addCsv(@PathParam("id") long id, String csv, @QueryParam("preview") boolean preview) {
        return answer(projectMeasures.importPoints(id, csv, !preview));
    }

    @POST
    @Path("{id}/rebase")
    @Consumes(MediaType.APPLICATION_JSON)
    public SpcView rebase(@PathParam("id") long id, RebaseInput input) {
        Versioned.body(input);
        return projectMeasures.rebase(id, input.fromDate(), input.reason());
    }

    /** Saved (201), checked (200), or refused as a problem answer listing every row that needs a look (400). */
    private static Response answer(ImportPreview preview) {
        if (preview.errors() > 0) {
            return Problems.response(400, "Invalid input", preview.errors() + " row(s) need a look; nothing was saved.",
                    preview.rows().stream().filter(r -> r.error() != null)
                            .map(r -> new org.clinlead.portal.shared.FieldError("data", r.error())).toList());
        }
        return Response.status(preview.saved() ? 201 : 200).entity(preview).build();
    }

    private static List<LocalDate> dates(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        List<LocalDate> dates = new ArrayList<>();
        for (String v : values) {
            try {
                dates.add(LocalDate.parse(v.strip()));
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidInputException("rebase", "\"" + v + "\" is not a date like 2026-03-31.");
            }
        }
        return dates;
    }
}
