package org.clinlead.portal.profiles;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.api.Exports;
import org.clinlead.portal.api.ListParameters;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.api.Versioned;
import org.clinlead.portal.shared.InvalidInputException;

/** The catalogue of practice indicators, and each one's funnel plot (JSON, or its practices as CSV or XLSX). */
@Path("profile-indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProfileIndicatorsResource {

    public record ProfileIndicatorInput(String code, String name, String definition, IndicatorKind kind, Polarity polarity,
            String source, PeriodType periodType, String pathwayCode, List<String> aims) {
    }

    @Inject
    private ProfileCatalogue catalogue;

    @Inject
    private ProfileVariation variation;

    @Context
    private UriInfo uri;

    /** The catalogue; filters {@code pathway}, {@code name}; paged. */
    @GET
    public PageAnswer<IndicatorSummary> list() {
        ListParameters params = ListParameters.read(uri, Set.of("pathway", "name"));
        return PageAnswer.of(catalogue.indicators(params.toRequest()), params);
    }

    @POST
    public Response create(ProfileIndicatorInput input) {
        Versioned.body(input);
        IndicatorSummary made = catalogue.create(new ProfileIndicatorDraft(input.code(), input.name(), input.definition(),
                input.kind(), input.polarity(), input.source(), input.periodType(), input.pathwayCode(), input.aims()));
        return Response.created(uri.getBaseUriBuilder().path("profile-indicators").path(made.code()).build()).entity(made).build();
    }

    @GET
    @Path("{code}")
    public IndicatorSummary get(@PathParam("code") String code) {
        return catalogue.indicator(code);
    }

    /**
     * The funnel plot: {@code period} (default the latest), {@code area} ("region" or a primary care trust's code;
     * default the caller's own), {@code overdispersion} (true or false; default true).
     */
    @GET
    @Path("{code}/funnel")
    public FunnelView funnel(@PathParam("code") String code, @QueryParam("period") String period,
            @QueryParam("area") String area, @QueryParam("overdispersion") String overdispersion) {
        return variation.funnel(code, period, area, flag(overdispersion));
    }

    /** The funnel's practices as a table: {@code csv} or {@code xlsx}. */
    @GET
    @Path("{code}/funnel.{format: csv|xlsx}")
    @Produces({"text/csv", Exports.XLSX, MediaType.APPLICATION_JSON})
    public Response funnelExport(@PathParam("code") String code, @PathParam("format") String format,
            @QueryParam("period") String period, @QueryParam("area") String area,
            @QueryParam("overdispersion") String overdispersion) {
        FunnelView f = variation.funnel(code, period, area, flag(overdispersion));
        List<String> headers = List.of("Practice code", "Practice", "Numerator", "Denominator", "Value (" + f.indicator().unit()
                + ")", "Area value", "z-score", "Flag");
        List<List<Object>> rows = new ArrayList<>();
        for (FunnelView.PracticePoint p : f.points()) {
            if (p.code() != null) {
                rows.add(List.of(p.code(), p.name(), p.numerator(), p.denominator(), round(p.value()), round(f.target()),
                        round(p.z()), p.flagWords()));
            }
        }
        String name = "funnel-" + f.indicator().code() + "-" + (f.period() == null ? "none" : f.period().replace('/', '-')
                .replace(' ', '-'));
        return format.equals("csv") ? Exports.csv(name + ".csv", headers, rows)
                : Exports.xlsx(name + ".xlsx", f.indicator().code(), headers, rows);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    static Boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().equalsIgnoreCase("true") && !value.strip().equalsIgnoreCase("false")) {
            throw new InvalidInputException("overdispersion", "Overdispersion is true (adjusted) or false.");
        }
        return Boolean.valueOf(value.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
