package org.clinlead.portal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.clinlead.portal.boards.MeetingChanged;

/**
 * Meeting invitations (iCalendar, METHOD REQUEST; CANCEL when called off) to each member of the board with a checked
 * address who has not turned e-mail off. The event's UID is the meeting's, as in the board's calendar feed, so a
 * calendar program adds it once and updates it in place; SEQUENCE counts the changes.
 */
@ApplicationScoped
public class MeetingInvitations {

    @Inject
    private Outbox outbox;

    @Inject
    private MailComposer composer;

    @Inject
    private MailServer server;

    void onChanged(@Observes MeetingChanged m) {
        invite(new MeetingInvite(m.meetingId(), m.boardName(), m.startsAt(), m.endsAt(), m.place(), m.videoLink(), m.sequence(),
                m.cancelled()), m.members(), Instant.now());
    }

    private void invite(MeetingInvite invite, java.util.List<String> members, Instant now) {
        Map<String, MailPreference> preferences = outbox.preferencesOf(members);
        if (preferences.isEmpty()) {
            return;
        }
        MailDefaults defaults = outbox.defaults();
        MailComposer.Letter letter = composer.invitation(invite);
        for (String member : members) {
            MailPreference p = preferences.get(member);
            if (p != null && p.isReachable() && p.deliveryOr(defaults.getDelivery()) != Delivery.NONE) {
                outbox.queue("invite:" + invite.meetingId() + ":" + invite.sequence() + ":" + member, MailKind.INVITATION, member,
                        p.getAddress(), letter, now, calendar(invite, p.getAddress(), now), invite.cancelled() ? "CANCEL" : "REQUEST");
            }
        }
    }

    /** The invitation for one attendee, as RFC 5546 (iTIP) asks. */
    String calendar(MeetingInvite invite, String attendee, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Northdale Health Region//Clinical Leadership Governance Portal//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(invite.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        Instant ends = invite.endsAt() == null ? invite.startsAt().plus(java.time.Duration.ofHours(2)) : invite.endsAt();
        VEvent event = new VEvent(invite.startsAt(), ends, invite.boardName() + " meeting");
        event.add(new Uid("meeting-" + invite.meetingId() + "@clinical-leadership-portal"));
        event.add(new Sequence(invite.sequence()));
        event.add(new DtStamp(now));
        event.add(new Organizer(URI.create("mailto:" + server.fromAddress())));
        event.add(new Attendee(URI.create("mailto:" + attendee)).add(Role.REQ_PARTICIPANT).add(PartStat.NEEDS_ACTION).add(Rsvp.FALSE));
        event.add(invite.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        String where = invite.place() == null ? invite.videoLink() : invite.place();
        if (where != null) {
            event.add(new Location(where));
        }
        String page = composer.address(org.clinlead.portal.notices.Link.to(org.clinlead.portal.notices.Link.Kind.MEETING, invite.meetingId()));
        event.add(new Url(URI.create(page)));
        event.add(new Description("Meeting of the " + invite.boardName() + ". Agenda and papers: " + page
                + (invite.videoLink() == null ? "" : "\nJoin by video: " + invite.videoLink())));
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
