package org.clinlead.portal.interests;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clinlead.portal.api.Csv;
import org.clinlead.portal.api.ListParameters;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;

/** The public register of decision makers' interests: no sign-in, JSON pages or the whole register as CSV. */
@Path("public")
public class PublicRegisterResource {

    private static final int CSV_BATCH = 200;

    @Inject
    private RegisterOfInterests register;

    @Context
    private UriInfo uri;

    @GET
    @Path("register")
    @Produces(MediaType.APPLICATION_JSON)
    public PageAnswer<PublicEntry> page() {
        ListParameters params = ListParameters.read(uri, Set.of());
        return PageAnswer.of(register.publicRegister(params.toRequest()), params);
    }

    /** The same register as CSV: {@code Accept: text/csv} on /register, or the /register.csv link for browsers. */
    @GET
    @Path("register.csv")
    @Produces("text/csv")
    public Response csvFile() {
        return csv();
    }

    @GET
    @Path("register")
    @Produces("text/csv")
    public Response csv() {
        StreamingOutput body = out -> {
            CSVPrinter csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                    CSVFormat.RFC4180.builder().setHeader("name", "profession", "organisation", "declaration", "type",
                            "concerning", "description", "from", "to", "actionTaken").get());
            for (int page = 0; ; page++) {
                Page<PublicEntry> entries = register.publicRegister(new PageRequest(page, CSV_BATCH, null, true, Map.of()));
                for (PublicEntry e : entries.items()) {
                    csv.printRecord(Csv.safe(e.name()), e.profession(), Csv.safe(e.organisation()), e.declaration(), e.type(),
                            Csv.safe(e.concerning()), Csv.safe(e.description()), e.fromDate(), e.toDate(), Csv.safe(e.actionTaken()));
                }
                if (entries.items().size() < CSV_BATCH) {
                    break;
                }
            }
            csv.flush();
        };
        return Response.ok(body, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"register-of-interests.csv\"").build();
    }
}
