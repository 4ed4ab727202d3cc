package org.clinlead.portal.boards;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.api.ListParameters;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.api.Versioned;

/** Boards, their members and their meetings. */
@Path("boards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BoardsResource {

    public record MemberInput(Long clinicianId, BoardRole role, Boolean voting, LocalDate fromDate, LocalDate toDate) {
    }

    public record MeetingInput(LocalDateTime startsAt, LocalDateTime endsAt, String place, String videoLink,
            LocalDate packDeadline) {
    }

    @Inject
    private Agendas agendas;

    @Inject
    private BoardDirectory boardDirectory;

    @Context
    private UriInfo uri;

    @GET
    public PageAnswer<BoardSummary> list() {
        return PageAnswer.whole(boardDirectory.boards());
    }

    @GET
    @Path("{id}")
    public BoardSummary get(@PathParam("id") long id) {
        return boardDirectory.board(id);
    }

    /** The board's latest decisions (at most {@code count}, default 10). */
    @GET
    @Path("{id}/decisions")
    public PageAnswer<DecisionLine> decisions(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("count") Integer count) {
        return PageAnswer.whole(boardDirectory.recentDecisions(id, count == null ? 10 : count));
    }

    @GET
    @Path("{id}/members")
    public PageAnswer<MemberView> members(@PathParam("id") long id) {
        return PageAnswer.whole(boardDirectory.members(id));
    }

    @POST
    @Path("{id}/members")
    public Response addMember(@PathParam("id") long id, MemberInput input) {
        Versioned.body(input);
        MemberView member = boardDirectory.addMember(id, input.clinicianId(), input.role(), input.voting() == null || input.voting(),
                input.fromDate(), input.toDate());
        return Response.status(Response.Status.CREATED).entity(member).build();
    }

    /** The board's meetings, newest first; sort {@code startsAt}. */
    @GET
    @Path("{id}/meetings")
    public PageAnswer<MeetingSummary> meetings(@PathParam("id") long id) {
        ListParameters params = ListParameters.read(uri, Set.of());
        return PageAnswer.of(agendas.meetings(id, params.toRequest()), params);
    }

    /** The board's calendar to subscribe to: its meetings from a year ago onwards, as iCalendar. */
    @GET
    @Path("{id}/calendar.ics")
    @Produces({"text/calendar", MediaType.APPLICATION_JSON})
    public Response calendar(@PathParam("id") long id) {
        java.time.Instant since = java.time.Instant.now().minus(java.time.Duration.ofDays(366));
        List<MeetingSummary> meetings = agendas.meetings(id, new org.clinlead.portal.shared.PageRequest(0,
                org.clinlead.portal.shared.PageRequest.MAX_SIZE, "startsAt", false, java.util.Map.of())).items().stream()
                .filter(m -> m.startsAt().isAfter(since)).toList();
        return Calendars.ics("board-" + id, meetings, MeetingsResource.portal(uri));
    }

    /** Schedules a meeting: times in UK local time, e.g. {@code "2026-12-07T14:00"}. */
    @POST
    @Path("{id}/meetings")
    public Response schedule(@PathParam("id") long id, MeetingInput input) {
        Versioned.body(input);
        MeetingSummary meeting = agendas.schedule(id, new MeetingDraft(input.startsAt(), input.endsAt(), input.place(),
                input.videoLink(), input.packDeadline()));
        return Response.created(uri.getBaseUriBuilder().path("meetings").path(String.valueOf(meeting.id())).build())
                .entity(meeting).build();
    }
}
