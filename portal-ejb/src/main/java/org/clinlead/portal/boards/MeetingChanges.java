package org.clinlead.portal.boards;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.BOARD_SECRETARY;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.notices.Link;
import org.clinlead.portal.notices.NoticeSender;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.StaleRecordException;
import org.clinlead.portal.shared.UkTime;

/**
 * A meeting moved to another time or place, or cancelled, before it starts: the members are told on their home page
 * and their calendar invitations are updated (a {@link MeetingChanged} with the next sequence number).
 */
@Stateless
@RolesAllowed({ADMIN, BOARD_SECRETARY})
public class MeetingChanges {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private NoticeSender notices;

    @Inject
    private BoardReads reads;

    @Inject
    private Clock clock;

    @Inject
    private Event<MeetingChanged> changed;

    /** A new time and place ({@code version} as read, so a change made meanwhile is not overwritten). */
    public MeetingSummary move(long meetingId, MeetingDraft draft, long version) {
        if (draft == null || draft.startsAt() == null) {
            throw new InvalidInputException("startsAt", "Give the date and time the meeting starts.");
        }
        Meeting meeting = locked(meetingId, version);
        Instant now = Instant.now(clock);
        String before = UkTime.format(meeting.getStartsAt()) + " " + hour(meeting.getStartsAt());
        if (meeting.move(draft.startsAt().atZone(UkTime.ZONE).toInstant(),
                draft.endsAt() == null ? null : draft.endsAt().atZone(UkTime.ZONE).toInstant(), draft.place(), draft.videoLink(), now)) {
            em.flush();
            audit.record(AuditAction.UPDATED, Agendas.MEETING, meetingId, meeting.getBoard().getName() + " meeting moved from "
                    + before + " to " + draft.startsAt() + (meeting.getPlace() == null ? "" : ", " + meeting.getPlace()));
            tell(meeting, "Meeting moved: " + meeting.getBoard().getName(), "The meeting of the " + meeting.getBoard().getName()
                    + " on " + before + " is now on " + UkTime.format(meeting.getStartsAt()) + " at " + hour(meeting.getStartsAt())
                    + (meeting.getPlace() == null ? "" : ", " + meeting.getPlace()) + ".");
        }
        return MeetingSummary.of(meeting, now);
    }

    /** Calls the meeting off, with the reason the members read. */
    public MeetingSummary cancel(long meetingId, String reason, long version) {
        Meeting meeting = locked(meetingId, version);
        Instant now = Instant.now(clock);
        meeting.cancel(reason, now);
        em.flush();
        audit.record(AuditAction.CLOSED, Agendas.MEETING, meetingId, meeting.getBoard().getName() + " meeting of "
                + UkTime.format(meeting.getStartsAt()) + " cancelled: " + meeting.getCancelReason());
        tell(meeting, "Meeting cancelled: " + meeting.getBoard().getName(), "The meeting of the " + meeting.getBoard().getName()
                + " on " + UkTime.format(meeting.getStartsAt()) + " is cancelled. " + meeting.getCancelReason());
        return MeetingSummary.of(meeting, now);
    }

    private void tell(Meeting meeting, String subject, String body) {
        List<String> members = reads.memberAccounts(meeting);
        notices.sendWithoutMail(members, subject, body, Link.to(Link.Kind.MEETING, meeting.getId()),
                "meeting-change:" + meeting.getId() + ":" + meeting.getSequence());
        changed.fire(MeetingChanged.of(meeting, members));
    }

    private Meeting locked(long meetingId, long version) {
        Meeting meeting = Records.find(em, Meeting.class, meetingId, Agendas.MEETING, LockModeType.PESSIMISTIC_WRITE);
        if (meeting.getVersion() != version) {
            throw new StaleRecordException(Agendas.MEETING);
        }
        return meeting;
    }

    private static String hour(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(UkTime.ZONE));
    }
}
