package org.clinlead.portal.boards;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.api.Versioned;

/** One meeting: its page (agenda, papers, conflicts, attendance), items, publication, attendance and minutes. */
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingsResource {

    public record ItemInput(String title, Purpose purpose, String presenter, Boolean confidential, Set<String> aims,
            Set<Long> organisationIds, Long cquinContractId, Long cquinIndicatorId) {
    }

    public record OrderInput(List<Long> itemIds, Long version) {
    }

    public record AttendanceBody(List<AttendanceInput> attendance) {
    }

    public record MoveInput(java.time.LocalDateTime startsAt, java.time.LocalDateTime endsAt, String place, String videoLink,
            Long version) {
    }

    public record CancelInput(String reason, Long version) {
    }

    public record MinutesInput(String body) {
    }

    public record ApprovalInput(Long itemId) {
    }

    @Inject
    private Agendas agendas;

    @Inject
    private BoardPacks boardPacks;

    @Inject
    private MeetingRecords records;

    @Inject
    private MeetingChanges changes;
    @Inject
    private Minutes minutes;

    @GET
    @Path("{id}")
    public MeetingPage get(@PathParam("id") long id) {
        return agendas.meeting(id);
    }

    /** The whole pack as one PDF: cover, agenda, the papers the caller may have, bookmarks per item. */
    @GET
    @Path("{id}/pack.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pack(@PathParam("id") long id) {
        byte[] pdf = boardPacks.pack(id);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"board-pack-" + id + ".pdf\"").build();
    }

    /** The meeting as an iCalendar event. */
    @GET
    @Path("{id}/calendar.ics")
    @Produces({"text/calendar", MediaType.APPLICATION_JSON})
    public Response calendar(@PathParam("id") long id, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        return Calendars.ics("meeting-" + id, List.of(agendas.meeting(id).meeting()), portal(uri));
    }

    static java.net.URI portal(jakarta.ws.rs.core.UriInfo uri) {
        return uri.getBaseUri().resolve("../../");
    }

    @POST
    @Path("{id}/items")
    public Response addItem(@PathParam("id") long id, ItemInput input) {
        Versioned.body(input);
        ItemView item = agendas.addItem(id, new ItemDraft(input.title(), input.purpose(), input.presenter(),
                Boolean.TRUE.equals(input.confidential()), input.aims(), input.organisationIds(), input.cquinContractId(),
                input.cquinIndicatorId()));
        return Response.status(Response.Status.CREATED).entity(item).build();
    }

    /** Reorders the agenda: {@code {"itemIds":[…every item, in order…],"version":N}} (the meeting's version). */
    @PUT
    @Path("{id}/agenda")
    public MeetingPage reorder(@PathParam("id") long id, OrderInput input) {
        Versioned.body(input);
        return agendas.reorder(id, Versioned.required(input.version()), input.itemIds());
    }

    /** Moves the meeting: {@code {"startsAt","endsAt","place","videoLink","version"}}; members' invitations are updated. */
    @jakarta.ws.rs.PUT
    @Path("{id}")
    public MeetingSummary move(@PathParam("id") long id, MoveInput input) {
        Versioned.body(input);
        return changes.move(id, new MeetingDraft(input.startsAt(), input.endsAt(), input.place(), input.videoLink(), null),
                Versioned.required(input.version()));
    }

    /** Cancels the meeting: {@code {"reason","version"}}; members' calendars are told. */
    @POST
    @Path("{id}/cancel")
    public MeetingSummary cancel(@PathParam("id") long id, CancelInput input) {
        Versioned.body(input);
        return changes.cancel(id, input.reason(), Versioned.required(input.version()));
    }

    @POST
    @Path("{id}/publish")
    public MeetingSummary publish(@PathParam("id") long id) {
        return boardPacks.publish(id);
    }

    /** The conflict flags on each item and how each was handled. */
    @GET
    @Path("{id}/conflicts")
    public PageAnswer<ConflictFlag> conflicts(@PathParam("id") long id) {
        return PageAnswer.whole(agendas.meeting(id).items().stream().flatMap(i -> i.conflicts().stream()).toList());
    }

    @GET
    @Path("{id}/attendance")
    public PageAnswer<AttendanceLine> attendance(@PathParam("id") long id) {
        return PageAnswer.whole(agendas.meeting(id).attendance());
    }

    @PUT
    @Path("{id}/attendance")
    public PageAnswer<AttendanceLine> recordAttendance(@PathParam("id") long id, AttendanceBody input) {
        Versioned.body(input);
        return PageAnswer.whole(records.recordAttendance(id, input.attendance()).attendance());
    }

    @PUT
    @Path("{id}/minutes")
    public Map<String, String> draftMinutes(@PathParam("id") long id, MinutesInput input) {
        Versioned.body(input);
        return Map.of("status", minutes.draftMinutes(id, input.body()));
    }

    @POST
    @Path("{id}/minutes/approval")
    public Map<String, String> approveMinutes(@PathParam("id") long id, ApprovalInput input) {
        Versioned.body(input);
        if (input.itemId() == null) {
            throw new org.clinlead.portal.shared.InvalidInputException("itemId",
                    "Give the agenda item of the later meeting whose decision approved them.");
        }
        return Map.of("status", minutes.approveMinutes(id, input.itemId()));
    }

    /** A first draft of the minutes, written from the meeting record (not saved). */
    @GET
    @Path("{id}/minutes/draft-from-record")
    public Map<String, String> draftFromRecord(@PathParam("id") long id) {
        return Map.of("body", minutes.draftFromRecord(id));
    }

    @POST
    @Path("{id}/minutes/publication")
    public Map<String, String> publishMinutes(@PathParam("id") long id) {
        return Map.of("status", minutes.publishMinutes(id));
    }
}
