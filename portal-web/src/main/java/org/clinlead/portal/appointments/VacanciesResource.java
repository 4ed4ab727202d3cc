package org.clinlead.portal.appointments;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.api.ListParameters;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.api.Versioned;

/** Vacancies: open one (medical directors, administrators), list, read, set the panel, apply. */
@Path("vacancies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VacanciesResource {

    /** A new vacancy: {@code seatId}, or {@code area} (a pathway or programme code) for its first free seat. */
    public record VacancyInput(Long seatId, String area, LocalDate closingDate, String summary, List<String> criteria,
            Set<String> aims) {
    }

    public record ApplyInput(String statement) {
    }

    public record PanelInput(List<Long> memberIds, Long chairId) {
    }

    public record ReasonInput(String reason) {
    }

    @Inject
    private LeadApplications leadApplications;

    @Inject
    private Panels panels;

    @Inject
    private Vacancies vacancies;

    @Context
    private UriInfo uri;

    /** Filter {@code status}; sort {@code closingDate}, {@code openedAt} (default, newest first). */
    @GET
    public PageAnswer<VacancySummary> list() {
        ListParameters params = ListParameters.read(uri, Set.of("status"));
        return PageAnswer.of(vacancies.vacancies(params.toRequest()), params);
    }

    @POST
    public Response open(VacancyInput input) {
        Versioned.body(input);
        VacancySummary vacancy = vacancies.openVacancy(new VacancyDraft(input.seatId(), input.area(), input.closingDate(),
                input.summary(), input.criteria(), input.aims()));
        return Response.created(uri.getBaseUriBuilder().path("vacancies").path(String.valueOf(vacancy.id())).build())
                .entity(vacancy).build();
    }

    @GET
    @Path("{id}")
    public VacancySummary get(@PathParam("id") long id) {
        return vacancies.vacancy(id);
    }

    @GET
    @Path("{id}/applications")
    public PageAnswer<ApplicationSummary> applications(@PathParam("id") long id) {
        return PageAnswer.whole(leadApplications.applications(id));
    }

    @POST
    @Path("{id}/applications")
    public Response apply(@PathParam("id") long id, ApplyInput input) {
        Versioned.body(input);
        ApplicationSummary application = leadApplications.apply(id, input.statement());
        return Response.created(uri.getBaseUriBuilder().path("applications").path(String.valueOf(application.id())).build())
                .entity(application).build();
    }

    @PUT
    @Path("{id}/panel")
    public VacancySummary panel(@PathParam("id") long id, PanelInput input) {
        Versioned.body(input);
        return panels.setPanel(id, input.memberIds(), input.chairId());
    }

    /** The panel chair closes the vacancy without recommending anyone. */
    @POST
    @Path("{id}/no-appointment")
    public VacancySummary noAppointment(@PathParam("id") long id, ReasonInput input) {
        Versioned.body(input);
        return vacancies.closeWithoutAppointment(id, input.reason());
    }
}
