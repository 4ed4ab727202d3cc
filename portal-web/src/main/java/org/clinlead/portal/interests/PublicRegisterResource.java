package org.clinlead.portal.interests;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinlead.portal.api.Exports;
import org.clinlead.portal.api.ListParameters;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;

/** The public register of decision makers' interests: no sign-in, JSON pages or the whole register as CSV. */
@Path("public")
public class PublicRegisterResource {

    private static final int CSV_BATCH = 200;
    private static final MediaType CSV = MediaType.valueOf("text/csv");
    private static final List<String> HEADERS = List.of("name", "profession", "organisation", "declaration", "type",
            "concerning", "description", "from", "to", "actionTaken");

    @Inject
    private InterestRegisters interestRegisters;

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
        ListParameters params = ListParameters.read(uri, Set.of("name"));
        return Response.ok(PageAnswer.of(interestRegisters.publicRegister(params.toRequest()), params), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @GET
    @Path("register.csv")
    @Produces("text/csv")
    public Response csvFile() {
        return csv();
    }

    @GET
    @Path("register.xlsx")
    @Produces(Exports.XLSX)
    public Response xlsxFile() {
        return Exports.xlsx("register-of-interests", "Register of interests", HEADERS, rows());
    }

    private Response csv() {
        return Exports.csv("register-of-interests", HEADERS, rows());
    }

    /** The whole public register, read in batches. */
    private List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<PublicEntry> entries = interestRegisters.publicRegister(new PageRequest(page, CSV_BATCH, null, true, Map.of()));
            for (PublicEntry e : entries.items()) {
                rows.add(Arrays.asList(e.name(), e.profession(), e.organisation(), e.declaration(), e.type(), e.concerning(),
                        e.description(), e.fromDate(), e.toDate(), e.actionTaken()));
            }
            if (entries.items().size() < CSV_BATCH) {
                return rows;
            }
        }
    }
}
