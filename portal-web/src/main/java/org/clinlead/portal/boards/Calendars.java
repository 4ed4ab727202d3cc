package org.clinlead.portal.boards;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** Meetings as iCalendar (RFC 5545) with ical4j: one event to download, or a board's feed to subscribe to. */
final class Calendars {

    private Calendars() {
    }

    static Response ics(String fileName, List<MeetingSummary> meetings, URI portal) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Northdale Health Region//Clinical Leadership Governance Portal//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (MeetingSummary m : meetings) {
            VEvent event = new VEvent(m.startsAt(), m.endsAt(), m.boardName());
            event.add(new Uid("meeting-" + m.id() + "@clinical-leadership-portal"));
            event.add(new net.fortuna.ical4j.model.property.Sequence(m.sequence()));
            event.add(m.cancelled() ? net.fortuna.ical4j.model.property.immutable.ImmutableStatus.VEVENT_CANCELLED
                    : net.fortuna.ical4j.model.property.immutable.ImmutableStatus.VEVENT_CONFIRMED);
            String where = m.place() == null ? m.videoLink() : m.place();
            if (where != null) {
                event.add(new Location(where));
            }
            URI page = portal.resolve("boards/meeting.xhtml?id=" + m.id());
            event.add(new Url(page));
            event.add(new Description("Meeting of the " + m.boardName() + ". Agenda and papers: " + page
                    + (m.videoLink() == null ? "" : "\nJoin by video: " + m.videoLink())));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString(), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + ".ics\"").build();
    }
}
