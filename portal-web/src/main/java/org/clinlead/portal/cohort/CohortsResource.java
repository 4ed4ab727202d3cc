package org.clinlead.portal.cohort;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.api.Exports;
import org.clinlead.portal.api.ListParameters;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.api.Versioned;

/** Cohorts: their places, applications and participants, and each cohort's return on investment. */
@Path("cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CohortsResource {

    public record CohortInput(String name, LocalDate startsOn, LocalDate endsOn, Integer fundedPlaces,
            BigDecimal fundingPerPlace, Set<String> pathwayCodes) {
    }

    public record ApplicationInput(String pathwayCode, String statement, String supporterName, SupporterRole supporterRole) {
    }

    @Inject
    private Cohorts cohorts;
    @Inject
    private CohortApplications cohortApplications;

    @Inject
    private Participants participants;

    @Inject
    private FollowUp followUp;

    @Context
    private UriInfo uri;

    @GET
    public PageAnswer<CohortSummary> list() {
        return PageAnswer.whole(cohorts.cohorts());
    }

    @POST
    public Response create(CohortInput input) {
        Versioned.body(input);
        CohortSummary cohort = cohorts.create(new CohortDraft(input.name(), input.startsOn(), input.endsOn(),
                input.fundedPlaces(), input.fundingPerPlace(), input.pathwayCodes()));
        return Response.created(uri.getBaseUriBuilder().path("cohorts").path(String.valueOf(cohort.id())).build())
                .entity(cohort).build();
    }

    @GET
    @Path("{id}")
    public CohortSummary get(@PathParam("id") long id) {
        return cohorts.cohort(id);
    }

    /** Applications to the cohort (programme manager): filter {@code status}; paged, oldest first. */
    @GET
    @Path("{id}/applications")
    public PageAnswer<ApplicationView> applications(@PathParam("id") long id) {
        ListParameters params = ListParameters.read(uri, Set.of("status"));
        return PageAnswer.of(cohortApplications.applications(id, params.toRequest()), params);
    }

    /** The caller applies for a place. */
    @POST
    @Path("{id}/applications")
    public Response apply(@PathParam("id") long id, ApplicationInput input) {
        Versioned.body(input);
        ApplicationView application = cohortApplications.apply(id, new ApplicationDraft(input.pathwayCode(), input.statement(),
                input.supporterName(), input.supporterRole()));
        return Response.created(uri.getBaseUriBuilder().path("cohort-applications").path(String.valueOf(application.id()))
                .build()).entity(application).build();
    }

    /** Participants of the cohort (programme manager): filters {@code status}, {@code set}, {@code name}; paged. */
    @GET
    @Path("{id}/participants")
    public PageAnswer<ParticipantView> participants(@PathParam("id") long id) {
        ListParameters params = ListParameters.read(uri, Set.of("status", "set", "name"));
        return PageAnswer.of(participants.participants(id, params.toRequest()), params);
    }

    @GET
    @Path("{id}/roi")
    public RoiReport roi(@PathParam("id") long id) {
        return followUp.roi(id);
    }

    @GET
    @Path("{id}/roi.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response roiPdf(@PathParam("id") long id) {
        RoiReport report = followUp.roi(id);
        return Exports.pdf("roi-cohort-" + id + ".pdf", RoiDocument.of(report));
    }

    @GET
    @Path("{id}/roi.xlsx")
    @Produces({Exports.XLSX, MediaType.APPLICATION_JSON})
    public Response roiXlsx(@PathParam("id") long id) {
        RoiReport r = followUp.roi(id);
        List<List<Object>> rows = new ArrayList<>();
        for (Roi.Year y : r.years()) {
            rows.add(List.of(r.cohort(), y.year(), y.alumni(), y.answered(), y.inRegion(), percent(y.retentionPercent()),
                    y.progressed(), percent(y.progressionPercent()), y.sustained(), y.furtherProjects(), y.patientsAffected(),
                    y.hoursSaved(), y.moneySaved()));
        }
        rows.add(List.of(r.cohort(), "All years", r.placesTaken(), "", "", "", "", "", r.projectsSustainingOrBeyond(), "",
                r.patientsAffected(), r.hoursSaved(), r.moneySaved()));
        rows.add(List.of("Invested", r.invested(), "Money saved per pound", r.returnPerPound() == null ? "" : r.returnPerPound(),
                "Projects", r.projects(), "Spread to other organisations", r.projectsSpreadBeyondOrganisation(),
                "Lead appointments", r.leadsAppointed(), "", "", ""));
        return Exports.xlsx("roi-cohort-" + id + ".xlsx", "Return on investment", List.of("Cohort", "Year", "Alumni",
                "Answered", "In region", "Retention %", "Progressed", "Progression %", "Projects sustained",
                "Further projects", "Patients affected", "Hours saved", "Money saved (GBP)"), rows);
    }

    private static Object percent(Integer value) {
        return value == null ? "" : value;
    }
}
