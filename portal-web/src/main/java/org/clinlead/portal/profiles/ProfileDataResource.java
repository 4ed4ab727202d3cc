package org.clinlead.portal.profiles;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.clinlead.portal.shared.FieldError;
import org.clinlead.portal.shared.InvalidInputException;

/**
 * Practice values as CSV ({@code practice code, indicator code, period, numerator, denominator}), streamed: all or
 * nothing. {@code ?preview=true} checks and counts without saving. A file with bad lines answers 400 with every bad
 * line in the problem's errors (the first 200).
 */
@Path("profile-data")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileDataResource {

    @Inject
    private ProfileImport imports;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response load(InputStream body, @QueryParam("preview") String preview) {
        Boolean p = ProfileIndicatorsResource.flag(preview);
        ImportReport report = imports.load(body, p != null && p);
        if (!report.ok()) {
            List<FieldError> errors = new java.util.ArrayList<>(report.problems().stream().map(m -> new FieldError("file", m)).toList());
            if (report.problemLines() > report.problems().size()) {
                errors.add(new FieldError("file", (report.problemLines() - report.problems().size()) + " more lines are wrong."));
            }
            throw new InvalidInputException(errors);
        }
        return Response.status(report.saved() ? Response.Status.CREATED : Response.Status.OK).entity(report).build();
    }
}
