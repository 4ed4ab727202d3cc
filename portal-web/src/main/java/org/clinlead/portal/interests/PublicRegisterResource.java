package org.clinlead.portal.interests;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
    private static final MediaType CSV = MediaType.valueOf("text/csv");

    @Inject
    private RegisterOfInterests register;

    @Context
    private UriInfo uri;

    /**
     * One address, two forms (a single operation, so the OpenAPI document can describe it): JSON pages,
     * or the whole register as CSV when the caller asks for {@code text/csv}.
     */
    @GET
    @Path("register")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response register(@Context HttpHeaders headers) {
        // The caller's most preferred type decides (the list comes sorted by preference).
        boolean csv = headers.getAcceptableMediaTypes().stream().filter(type -> !type.isWildcardType()).findFirst()
                .map(type -> type.isCompatible(CSV)).orElse(false);
        if (csv) {
            return csv();
        }
        ListParameters params = ListParameters.read(uri, Set.of());
        return Response.ok(PageAnswer.of(register.publicRegister(params.toRequest()), params), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @GET
    @Path("register.csv")
    @Produces("text/csv")
    public Response csvFile() {
        return csv();
    }

    private Response csv() {
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
