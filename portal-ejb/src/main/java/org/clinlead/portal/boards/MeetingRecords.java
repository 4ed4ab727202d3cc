package org.clinlead.portal.boards;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.BOARD_SECRETARY;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * The record of a meeting the secretary keeps at or after it: attendance, how each conflict was handled,
 * and the discussion and decision on each item. Each answer is the meeting page as it now stands.
 */
@Stateless
public class MeetingRecords {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private MeetingPages pages;

    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public MeetingPage recordAttendance(long meetingId, List<AttendanceInput> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new InvalidInputException("attendance", "List at least one member and whether they were present, sent apologies or were absent.");
        }
        Meeting meeting = Records.find(em, Meeting.class, meetingId, Agendas.MEETING);
        meeting.requireStarted(Instant.now(clock));
        Set<Long> members = Membership.of(em, meeting.getBoard(), LocalDate.now(clock)).stream().map(MemberView::clinicianId)
                .collect(Collectors.toSet());
        Map<Long, Attendance> existing = em.createQuery("select a from Attendance a where a.meeting = :m", Attendance.class)
                .setParameter("m", meeting).getResultList().stream()
                .collect(Collectors.toMap(a -> a.getMember().getId(), a -> a));
        for (AttendanceInput line : lines) {
            if (line == null || line.clinicianId() == null || !members.contains(line.clinicianId())) {
                throw new InvalidInputException("attendance", "Record attendance for the board's members only.");
            }
            if (line.status() == null) {
                throw new InvalidInputException("attendance", "Say whether each member was present, sent apologies or was absent.");
            }
            Attendance a = existing.get(line.clinicianId());
            if (a == null) {
                em.persist(new Attendance(meeting, em.find(Clinician.class, line.clinicianId()), line.status()));
            } else {
                a.mark(line.status());
            }
        }
        em.flush();
        audit.record(AuditAction.UPDATED, Agendas.MEETING, meetingId, "Attendance recorded for " + lines.size() + " member(s)");
        return pages.page(meetingId);
    }

    /** Records how a member's conflict on an item was handled (a flag from the register, or one declared at the meeting). */
    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public MeetingPage recordConflict(long itemId, Long clinicianId, String interest, Handling handling, String reason) {
        AgendaItem item = Records.find(em, AgendaItem.class, itemId, "agenda item");
        item.getMeeting().requireStarted(Instant.now(clock));
        Clinician member = clinicianId == null ? null : em.find(Clinician.class, clinicianId);
        if (member == null || !Membership.isMember(em, item.getMeeting().getBoard(), member, LocalDate.now(clock))) {
            throw new InvalidInputException("clinicianId", "Choose a member of this board.");
        }
        List<ItemConflict> found = em.createQuery("select c from ItemConflict c where c.item = :i and c.member = :m",
                ItemConflict.class).setParameter("i", item).setParameter("m", member).getResultList();
        ItemConflict conflict = found.isEmpty() ? null : found.get(0);
        if (conflict == null) {
            String text = interest == null || interest.isBlank() ? flagFor(item, member) : interest.strip();
            if (text == null) {
                throw new InvalidInputException("interest", "Describe the interest declared at the meeting.");
            }
            conflict = new ItemConflict(item, member, text);
            conflict.handle(handling, reason, caller.name(), Instant.now(clock));
            em.persist(conflict);
        } else {
            conflict.handle(handling, reason, caller.name(), Instant.now(clock));
        }
        Persistence.flush(em, "conflict", () -> new RuleViolationException("The conflict could not be recorded."));
        audit.record(AuditAction.UPDATED, "agenda item", itemId, member.getDisplayName() + "'s conflict on \""
                + item.getTitle() + "\": " + handling.label() + (reason == null || reason.isBlank() ? "" : " — " + reason.strip()));
        return pages.page(item.getMeeting().getId());
    }

    /** The discussion and, for a decision item, the decision and the vote; refused when the item is inquorate. */
    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public MeetingPage recordItem(long itemId, long version, String discussion, ItemOutcome outcome, Integer votesFor,
            Integer votesAgainst, Integer votesAbstaining) {
        AgendaItem item = Records.find(em, AgendaItem.class, itemId, "agenda item");
        Persistence.checkVersion("agenda item", version, item.getVersion());
        if (outcome != null) {
            ItemView view = pages.page(item.getMeeting().getId()).items().stream().filter(i -> i.id() == itemId)
                    .findFirst().orElseThrow();
            if (!view.quorate()) {
                throw new RuleViolationException("No decision can be recorded: " + view.quorumNote());
            }
        }
        item.record(discussion, outcome, votesFor, votesAgainst, votesAbstaining, Instant.now(clock));
        Persistence.flush(em, "agenda item", () -> new RuleViolationException("The record could not be saved."));
        audit.record(AuditAction.UPDATED, "agenda item", itemId, "Recorded \"" + item.getTitle() + "\""
                + (outcome == null ? "" : ": " + outcome.label()));
        return pages.page(item.getMeeting().getId());
    }

    private String flagFor(AgendaItem item, Clinician member) {
        return pages.page(item.getMeeting().getId()).items().stream().filter(i -> i.id() == item.getId())
                .flatMap(i -> i.conflicts().stream()).filter(c -> c.clinicianId() == member.getId())
                .map(ConflictFlag::interest).findFirst().orElse(null);
    }


}
