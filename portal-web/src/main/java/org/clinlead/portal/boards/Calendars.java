package org.clinlead.portal.boards;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;

/** Meetings as iCalendar: one event to download, or a board's feed to subscribe to ({@link MeetingEvents}). */
final class Calendars {

    private Calendars() {
    }

    static Response ics(String fileName, List<MeetingSummary> meetings, URI portal) {
        Calendar calendar = MeetingEvents.calendar(null);
        for (MeetingSummary m : meetings) {
            calendar.add(MeetingEvents.event(m.id(), m.boardName(), m.startsAt(), m.endsAt(), m.place(), m.videoLink(), m.sequence(),
                    m.cancelled(), portal.resolve("boards/meeting.xhtml?id=" + m.id())));
        }
        return Response.ok(MeetingEvents.write(calendar), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + ".ics\"").build();
    }
}
