package org.clinlead.portal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import org.clinlead.portal.boards.MeetingChanged;
import org.clinlead.portal.boards.MeetingEvents;
import org.clinlead.portal.notices.Link;

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
        Calendar calendar = MeetingEvents.calendar(invite.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        Instant ends = invite.endsAt() == null ? invite.startsAt().plus(java.time.Duration.ofHours(2)) : invite.endsAt();
        VEvent event = MeetingEvents.event(invite.meetingId(), invite.boardName() + " meeting", invite.startsAt(), ends, invite.place(),
                invite.videoLink(), invite.sequence(), invite.cancelled(),
                URI.create(composer.address(Link.to(Link.Kind.MEETING, invite.meetingId()))));
        event.add(new DtStamp(now));
        event.add(new Organizer(URI.create("mailto:" + server.fromAddress())));
        event.add(new Attendee(URI.create("mailto:" + attendee)).add(Role.REQ_PARTICIPANT).add(PartStat.NEEDS_ACTION).add(Rsvp.FALSE));
        calendar.add(event);
        return MeetingEvents.write(calendar);
    }
}
