package org.clinlead.portal.audit;

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
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clinlead.portal.api.Csv;
import org.clinlead.portal.api.ListParameters;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;

/** The audit log for administrators: filtered pages, the chain verification, and a CSV export. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final Set<String> FILTERS = Set.of("actor", "action", "recordType", "recordId", "text", "from", "to");
    private static final int EXPORT_BATCH = 200;

    @Inject
    private AuditLog log;

    @Context
    private UriInfo uri;

    @GET
    public PageAnswer<AuditLine> list() {
        ListParameters params = ListParameters.read(uri, FILTERS);
        return PageAnswer.of(log.search(params.toRequest()), params);
    }

    @GET
    @Path("verify")
    public ChainReport verify() {
        return log.verify();
    }

    /** Every matching entry, oldest first, as CSV; read in batches so a long log is never held in memory. */
    @GET
    @Path("export")
    @Produces("text/csv")
    public Response export() {
        Map<String, String> filters = new HashMap<>(ListParameters.read(uri, FILTERS).filters());
        log.search(new PageRequest(0, 1, "id", true, filters)); // checks the filters before streaming starts
        StreamingOutput body = out -> {
            CSVPrinter csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                    CSVFormat.RFC4180.builder()
                            .setHeader("id", "occurredAtUtc", "actor", "action", "recordType", "recordId", "summary", "hash")
                            .get());
            long after = 0;
            while (true) {
                filters.put("afterId", String.valueOf(after));
                Page<AuditLine> page = log.search(new PageRequest(0, EXPORT_BATCH, "id", true, filters));
                for (AuditLine line : page.items()) {
                    csv.printRecord(line.id(), line.occurredAt(), Csv.safe(line.actor()), line.action(),
                            Csv.safe(line.recordType()), Csv.safe(line.recordId()), Csv.safe(line.summary()), line.hash());
                }
                if (page.items().size() < EXPORT_BATCH) {
                    break;
                }
                after = page.items().get(page.items().size() - 1).id();
            }
            csv.flush();
        };
        return Response.ok(body, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-log.csv\"").build();
    }
}
