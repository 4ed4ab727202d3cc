package org.clinlead.portal.appointments;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.clinlead.portal.api.Exports;

/** The Clinical Advisory Group roster: JSON, or the leads in post as CSV or XLSX. */
@Path("advisory-group")
public class AdvisoryGroupResource {

    static final List<String> HEADERS = List.of("seat", "area", "lead", "organisation", "route", "termStart", "termEnd",
            "renewals", "endingWithin90Days");

    @Inject
    private LeadSeats seats;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public AdvisoryGroup roster() {
        return seats.advisoryGroup();
    }

    @GET
    @Path("roster.csv")
    @Produces("text/csv")
    public Response csv() {
        return Exports.csv("clinical-advisory-group", HEADERS, rows(seats.advisoryGroup()));
    }

    @GET
    @Path("roster.xlsx")
    @Produces(Exports.XLSX)
    public Response xlsx() {
        return Exports.xlsx("clinical-advisory-group", "Clinical Advisory Group", HEADERS, rows(seats.advisoryGroup()));
    }

    static List<List<Object>> rows(AdvisoryGroup group) {
        List<List<Object>> rows = new ArrayList<>();
        for (AppointmentSummary a : group.leads()) {
            rows.add(List.of(a.seatLabel(), a.areaName(), a.clinicianName(), a.organisation(), a.routeLabel(), a.termStart(),
                    a.endedOn() != null ? a.endedOn() : a.termEnd(), a.renewals(), a.endingSoon() ? "yes" : "no"));
        }
        return rows;
    }
}
