package org.clinlead.portal.targets;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.clinlead.portal.shared.FieldError;
import org.clinlead.portal.shared.InvalidInputException;

/**
 * Monthly figures as CSV ({@code organisation code, target code, month, value}): all or nothing. {@code ?preview=true}
 * checks and counts without saving. A file with bad lines answers 400 with every bad line in the problem's errors
 * (the first 200).
 */
@Path("target-data")
@Produces(MediaType.APPLICATION_JSON)
public class TargetDataResource {

    @Inject
    private TargetImport imports;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response load(InputStream body, @QueryParam("preview") String preview) {
        FiguresReport report = imports.load(body, preview(preview));
        if (!report.ok()) {
            throw new InvalidInputException(errors(report));
        }
        return Response.status(report.saved() ? Response.Status.CREATED : Response.Status.OK).entity(report).build();
    }

    static boolean preview(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        if (!value.strip().equalsIgnoreCase("true") && !value.strip().equalsIgnoreCase("false")) {
            throw new InvalidInputException("preview", "Preview is true (check the file only) or false.");
        }
        return value.strip().equalsIgnoreCase("true");
    }

    static List<FieldError> errors(FiguresReport report) {
        List<FieldError> errors = new ArrayList<>(report.problems().stream().map(m -> new FieldError("file", m)).toList());
        if (report.problemLines() > report.problems().size()) {
            errors.add(new FieldError("file", (report.problemLines() - report.problems().size()) + " more lines are wrong."));
        }
        return errors;
    }
}
