package org.clinlead.portal.strategy;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.clinlead.portal.api.ListParameters;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.shared.InvalidInputException;

/** The strategy's coverage: activities by aim, capability, quarter, pathway and organisation; the gaps; the headlines. */
@Path("strategy")
@Produces(MediaType.APPLICATION_JSON)
public class StrategyResource {

    @Inject
    private StrategyCoverage coverage;

    @Inject
    private StrategyReports reports;

    @Inject
    private StrategyHeadlines headlines;

    @Context
    private UriInfo uri;

    /** {@code from}, {@code to} (dates; default the last four quarters), {@code pathway} (code), {@code organisation} (id). */
    @GET
    @Path("coverage")
    public CoverageView coverage(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("pathway") String pathway, @QueryParam("organisation") String organisation) {
        Long org;
        try {
            org = organisation == null || organisation.isBlank() ? null : Long.valueOf(organisation.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("organisation", "The organisation is given by its number.");
        }
        return coverage.coverage(day(from, "from"), day(to, "to"), pathway, org);
    }

    /** Every activity, newest first; filters {@code aim}, {@code kind}, {@code pathway}, {@code organisation}, {@code from}, {@code to}. */
    @GET
    @Path("activities")
    public PageAnswer<ActivityRow> activities() {
        ListParameters params = ListParameters.read(uri, Set.of("aim", "kind", "pathway", "organisation", "from", "to"));
        return PageAnswer.of(coverage.activities(params.toRequest()), params);
    }

    @GET
    @Path("gaps")
    public GapsView gaps() {
        return coverage.gaps();
    }

    @GET
    @Path("headlines")
    public HeadlineFigures headlines() {
        return headlines.headlines();
    }

    /** The year in review for the financial year starting in April of {@code year}, as a PDF. */
    @GET
    @Path("annual-report/{year}.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public jakarta.ws.rs.core.Response annualReportPdf(@jakarta.ws.rs.PathParam("year") String year) {
        int y = year(year);
        // The items link to the portal at the address the reader used (the API's base is ".../api/v1/").
        String api = uri.getBaseUri().toString();
        String portal = api.endsWith("api/v1/") ? api.substring(0, api.length() - "api/v1/".length()) : api;
        return org.clinlead.portal.api.Exports.pdf("year-in-review-" + y + ".pdf", reports.pdf(y, portal));
    }

    /** The same figures as a spreadsheet. */
    @GET
    @Path("annual-report/{year}.xlsx")
    @Produces({org.clinlead.portal.api.Exports.XLSX, MediaType.APPLICATION_JSON})
    public jakarta.ws.rs.core.Response annualReportXlsx(@jakarta.ws.rs.PathParam("year") String year) {
        int y = year(year);
        return org.clinlead.portal.api.Exports.xlsx("year-in-review-" + y + ".xlsx", "Year in review",
                java.util.List.of("Section", "Item", "Figure", "Detail"), reports.rows(y));
    }

    private static int year(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("year", "Give the year the financial year starts, e.g. 2025 for 2025/26.");
        }
    }

    static LocalDate day(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Write the date as 2026-04-01.");
        }
    }
}
