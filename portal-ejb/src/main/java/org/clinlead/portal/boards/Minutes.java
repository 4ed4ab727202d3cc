package org.clinlead.portal.boards;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.BOARD_SECRETARY;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.shared.Lists;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * The minutes of a meeting: drafted by the secretary (a first draft can be written from the meeting record),
 * approved by a decision at a later meeting, then published. Published minutes are open to everyone and
 * never show a confidential item.
 */
@Stateless
public class Minutes {

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
    public String draftMinutes(long meetingId, String body) {
        Meeting meeting = Records.find(em, Meeting.class, meetingId, Agendas.MEETING);
        meeting.requireStarted(Instant.now(clock));
        MeetingMinutes minutes = em.find(MeetingMinutes.class, meetingId);
        if (minutes == null) {
            minutes = new MeetingMinutes(meeting, body, caller.name(), Instant.now(clock));
            em.persist(minutes);
        } else {
            minutes.redraft(body, caller.name(), Instant.now(clock));
        }
        Persistence.flush(em, "minutes", () -> new RuleViolationException("The minutes could not be saved."));
        audit.record(AuditAction.UPDATED, "minutes", meetingId, "Minutes drafted");
        return minutes.getStatus().name();
    }

    /**
     * Records the minutes of {@code meetingId} as approved by the decision on {@code itemId}, an item of a later
     * meeting of the board recorded as agreed.
     */
    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public String approveMinutes(long meetingId, long itemId) {
        MeetingMinutes minutes = Records.find(em, MeetingMinutes.class, meetingId, "minutes");
        AgendaItem item = Records.find(em, AgendaItem.class, itemId, "agenda item");
        minutes.approveAt(item);
        Persistence.flush(em, "minutes", () -> new RuleViolationException("The minutes could not be saved."));
        audit.record(AuditAction.UPDATED, "minutes", meetingId, "Minutes approved by the decision on \"" + item.getTitle()
                + "\" at the meeting of " + item.getMeeting().getStartsAt());
        return minutes.getStatus().name();
    }

    /**
     * A first draft of the minutes written from the meeting record: attendance, then each item with its
     * conflicts, discussion and decision. The secretary edits it before saving.
     */
    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public String draftFromRecord(long meetingId) {
        MeetingPage page = pages.page(meetingId);
        StringBuilder text = new StringBuilder();
        List<String> present = page.attendance().stream().filter(a -> a.status() == AttendanceStatus.PRESENT)
                .map(AttendanceLine::name).toList();
        List<String> apologies = page.attendance().stream().filter(a -> a.status() == AttendanceStatus.APOLOGIES)
                .map(AttendanceLine::name).toList();
        text.append("Present: ").append(present.isEmpty() ? "not recorded" : String.join(", ", present)).append(".");
        if (!apologies.isEmpty()) {
            text.append(" Apologies: ").append(String.join(", ", apologies)).append(".");
        }
        for (ItemView item : page.items()) {
            text.append("\n\n").append(item.order()).append(". ").append(item.title()).append(" (").append(item.purposeLabel())
                    .append(")");
            for (ConflictFlag c : item.conflicts()) {
                text.append("\n").append(c.name()).append(" declared an interest (").append(c.interest()).append(")")
                        .append(c.handlingLabel() == null ? "." : "; " + c.handlingLabel().toLowerCase(Locale.ROOT)
                                + (c.reason() == null ? "." : " (" + c.reason() + ")."));
            }
            if (item.discussion() != null) {
                text.append("\n").append(item.discussion());
            }
            if (item.outcome() != null) {
                text.append("\nDecision: ").append(item.outcomeLabel()).append(item.votesFor() == null ? "." : " (for "
                        + item.votesFor() + ", against " + item.votesAgainst() + ", abstaining " + item.votesAbstaining() + ").");
            }
        }
        return text.toString();
    }

    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public String publishMinutes(long meetingId) {
        MeetingMinutes minutes = Records.find(em, MeetingMinutes.class, meetingId, "minutes");
        minutes.publish(Instant.now(clock));
        Persistence.flush(em, "minutes", () -> new RuleViolationException("The minutes could not be saved."));
        audit.record(AuditAction.UPDATED, "minutes", meetingId, "Minutes published");
        return minutes.getStatus().name();
    }

    /** Published minutes, newest meeting first, with their public items only. Open to everyone. */
    @PermitAll
    public Page<PublicMinutes> publicMinutes(PageRequest request) {
        Page<MeetingMinutes> published = new Lists<>(em, MeetingMinutes.class,
                Map.of("startsAt", r -> r.get("meeting").get("startsAt")), Map.of(), "startsAt", false)
                .within((cb, r) -> cb.isNotNull(r.get("publishedAt")))
                .fetching(r -> r.fetch("meeting").fetch("board"))
                .page(request);
        List<MeetingMinutes> page = published.items();
        long total = published.total();
        List<Meeting> meetings = page.stream().map(MeetingMinutes::getMeeting).toList();
        // Derby cannot compare the BOOLEAN column in a query (see docs/architecture.md); confidential items are
        // dropped here instead, before anything leaves the boundary.
        Map<Long, List<AgendaItem>> items = meetings.isEmpty() ? Map.of() : em.createQuery("select i from AgendaItem i "
                        + "where i.meeting in :meetings order by i.order", AgendaItem.class)
                .setParameter("meetings", meetings).getResultList().stream().filter(i -> !i.isConfidential())
                .collect(Collectors.groupingBy(i -> i.getMeeting().getId()));
        List<PublicMinutes> result = new ArrayList<>();
        for (MeetingMinutes n : page) {
            Meeting m = n.getMeeting();
            result.add(new PublicMinutes(m.getId(), m.getBoard().getName(), m.getStartsAt(), n.getBody(), n.getPublishedAt(),
                    items.getOrDefault(m.getId(), List.of()).stream().map(i -> new PublicMinutes.PublicItem(i.getOrder(),
                            i.getTitle(), i.getPurpose().label(), i.getOutcome() == null ? null : i.getOutcome().label(),
                            i.getDiscussion())).toList()));
        }
        return new Page<>(result, total);
    }

}
