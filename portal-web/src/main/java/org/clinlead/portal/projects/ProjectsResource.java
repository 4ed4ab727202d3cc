package org.clinlead.portal.projects;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.api.Versioned;

/** Change projects: the caller's, one in full, its measures, PDSA cycles, progress and spread. */
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectsResource {

    public record ProjectInput(String title, String problem, String aimWhat, String aimHowMuch, LocalDate aimByWhen,
            String service, Long organisationId, String pathwayCode, Set<String> aims) {
    }

    public record MeasureInput(String name, MeasureType type, String unit, Direction direction, Double target,
            String definition) {
    }

    public record PdsaInput(String change, String prediction, String whatHappened, String study, ActDecision act,
            LocalDate startDate, LocalDate endDate, Set<Long> measureIds) {
    }

    public record ProgressInput(ProjectStatus status, BigDecimal progressScore, Long version) {
    }

    public record SpreadInput(SpreadLevel level, Long version) {
    }

    public record TeamInput(Long clinicianId) {
    }

    public record AdoptionInput(Long organisationId, LocalDate adoptedOn) {
    }

    public record CommentInput(String body) {
    }

    public record SignOffInput(String note, Long version) {
    }

    public record ReferralInput(String note) {
    }

    @Inject
    private ChangeProjects projects;
    @Inject
    private ProjectLibrary projectLibrary;

    @Inject
    private ProjectMeasures projectMeasures;

    @Inject
    private ProjectSpread projectSpread;

    @Inject
    private ProjectTeam projectTeam;

    @Context
    private UriInfo uri;

    /** The caller's projects (owned or on the team). */
    @GET
    public PageAnswer<ProjectSummary> mine() {
        return PageAnswer.whole(projects.mine());
    }

    /**
     * Every project for the programme manager and administrators; for everyone else the closed ones (the
     * library of what worked). Filters {@code status}, {@code spread}, {@code aim}, {@code title}, {@code cohort},
     * {@code pathway}, {@code measure} (name contains), {@code organisation} (its own or an adopter); paged.
     */
    @GET
    @Path("all")
    public org.clinlead.portal.api.PageAnswer<ProjectSummary> all() {
        org.clinlead.portal.api.ListParameters params = org.clinlead.portal.api.ListParameters.read(uri,
                Set.of("status", "spread", "aim", "title", "cohort", "pathway", "measure", "organisation", "mine"));
        return org.clinlead.portal.api.PageAnswer.of(projectLibrary.search(params.toRequest()), params);
    }

    /** Projects by status and by spread level (programme manager, administrators). */
    @GET
    @Path("overview")
    public java.util.Map<String, java.util.Map<String, Long>> overview() {
        return projectLibrary.overview();
    }

    @POST
    public Response create(ProjectInput input) {
        Versioned.body(input);
        ProjectSummary project = projects.create(new ProjectDraft(input.title(), input.problem(), input.aimWhat(),
                input.aimHowMuch(), input.aimByWhen(), input.service(), input.organisationId(), input.pathwayCode(),
                input.aims()));
        return Response.created(uri.getBaseUriBuilder().path("projects").path(String.valueOf(project.id())).build())
                .entity(project).build();
    }

    @GET
    @Path("{id}")
    public ProjectPage get(@PathParam("id") long id) {
        return projects.project(id);
    }

    @POST
    @Path("{id}/measures")
    public Response addMeasure(@PathParam("id") long id, MeasureInput input) {
        Versioned.body(input);
        return Response.status(Response.Status.CREATED).entity(projectMeasures.addMeasure(id, new MeasureDraft(input.name(),
                input.type(), input.unit(), input.direction(), input.target(), input.definition()))).build();
    }

    @GET
    @Path("{id}/pdsa-cycles")
    public PageAnswer<PdsaView> cycles(@PathParam("id") long id) {
        return PageAnswer.whole(projects.project(id).pdsa());
    }

    @POST
    @Path("{id}/pdsa-cycles")
    public Response addCycle(@PathParam("id") long id, PdsaInput input) {
        Versioned.body(input);
        return Response.status(Response.Status.CREATED).entity(projectMeasures.addPdsa(id, new PdsaDraft(input.change(),
                input.prediction(), input.whatHappened(), input.study(), input.act(), input.startDate(), input.endDate(),
                input.measureIds()))).build();
    }

    @PUT
    @Path("{id}/progress")
    public ProjectSummary progress(@PathParam("id") long id, ProgressInput input) {
        Versioned.body(input);
        return projects.progress(id, Versioned.required(input.version()), input.status(), input.progressScore());
    }

    @PUT
    @Path("{id}/spread")
    public ProjectSummary spread(@PathParam("id") long id, SpreadInput input) {
        Versioned.body(input);
        return projectSpread.spread(id, Versioned.required(input.version()), input.level());
    }

    @POST
    @Path("{id}/team")
    public PageAnswer<TeamMember> addTeamMember(@PathParam("id") long id, TeamInput input) {
        Versioned.body(input);
        return PageAnswer.whole(projectTeam.addTeamMember(id, input.clinicianId()));
    }

    @jakarta.ws.rs.DELETE
    @Path("{id}/team/{clinicianId}")
    public PageAnswer<TeamMember> removeTeamMember(@PathParam("id") long id, @PathParam("clinicianId") long clinicianId) {
        return PageAnswer.whole(projectTeam.removeTeamMember(id, clinicianId));
    }

    @GET
    @Path("{id}/adoptions")
    public PageAnswer<AdoptionView> adoptions(@PathParam("id") long id) {
        return PageAnswer.whole(projects.project(id).adoptions());
    }

    @POST
    @Path("{id}/adoptions")
    public Response adopt(@PathParam("id") long id, AdoptionInput input) {
        Versioned.body(input);
        return Response.status(Response.Status.CREATED).entity(projectSpread.adopt(id, input.organisationId(), input.adoptedOn()))
                .build();
    }

    @POST
    @Path("{id}/comments")
    public Response comment(@PathParam("id") long id, CommentInput input) {
        Versioned.body(input);
        return Response.status(Response.Status.CREATED).entity(projectTeam.comment(id, input.body())).build();
    }

    /** The mentor's sign-off. */
    @POST
    @Path("{id}/sign-off")
    public ProjectSummary signOff(@PathParam("id") long id, SignOffInput input) {
        Versioned.body(input);
        return projectTeam.signOff(id, Versioned.required(input.version()), input.note());
    }

    /** Puts the project forward to its pathway board. */
    @POST
    @Path("{id}/referrals")
    public Response refer(@PathParam("id") long id, ReferralInput input) {
        Versioned.body(input);
        return Response.status(Response.Status.CREATED).entity(projectSpread.refer(id, input.note())).build();
    }

    /** Projects put forward to the caller's boards. */
    @GET
    @Path("referred-to-me")
    public PageAnswer<ReferralView> referredToMe() {
        return PageAnswer.whole(projectSpread.referredToMe());
    }
}
