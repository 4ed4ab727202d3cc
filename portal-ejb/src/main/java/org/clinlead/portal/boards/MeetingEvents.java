package org.clinlead.portal.boards;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Meetings as iCalendar (RFC 5545) with ical4j, one way for the board's feed, the download and the e-mailed
 * invitation: the same UID for a meeting everywhere, so a calendar program keeps one event and updates it.
 */
public final class MeetingEvents {

    private MeetingEvents() {
    }

    /** A calendar to put events in; {@code method} (REQUEST, CANCEL) for an invitation, null for a feed. */
    public static Calendar calendar(Method method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Northdale Health Region//Clinical Leadership Governance Portal//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (method != null) {
            calendar.add(method);
        }
        return calendar;
    }

    /** The meeting's event; {@code page} is the meeting's page in the portal. */
    public static VEvent event(long meetingId, String boardName, Instant startsAt, Instant endsAt, String place, String videoLink,
            int sequence, boolean cancelled, URI page) {
        VEvent event = new VEvent(startsAt, endsAt, boardName);
        event.add(new Uid("meeting-" + meetingId + "@clinical-leadership-portal"));
        event.add(new Sequence(sequence));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        String where = place == null ? videoLink : place;
        if (where != null) {
            event.add(new Location(where));
        }
        event.add(new Url(page));
        event.add(new Description("Meeting of the " + boardName + ". Agenda and papers: " + page
                + (videoLink == null ? "" : "\nJoin by video: " + videoLink)));
        return event;
    }

    public static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
