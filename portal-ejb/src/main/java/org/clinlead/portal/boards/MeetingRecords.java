package org.clinlead.portal.boards;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.ASPIRING_LEADER;
import static org.clinlead.portal.people.Roles.BOARD_MEMBER;
import static org.clinlead.portal.people.Roles.BOARD_SECRETARY;
import static org.clinlead.portal.people.Roles.COMMISSIONER;
import static org.clinlead.portal.people.Roles.MEDICAL_DIRECTOR;
import static org.clinlead.portal.people.Roles.MENTOR;
import static org.clinlead.portal.people.Roles.PROGRAMME_MANAGER;
import static org.clinlead.portal.people.Roles.PROVIDER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.people.Callers;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * The meeting record the secretary keeps: attendance, how each conflict was handled, the discussion and
 * decisions per item, the actions (which owners see on their home page), and the minutes — drafted,
 * approved at a later meeting, published. Public minutes are open to everyone and never show a
 * confidential item.
 */
@Stateless
public class MeetingRecords {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private Boards boards;

    @Resource
    private SessionContext context;

    private final Clock clock = Clock.system(Meeting.UK);

    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public MeetingPage recordAttendance(long meetingId, List<AttendanceInput> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new InvalidInputException("attendance", "List at least one member and whether they were present, sent apologies or were absent.");
        }
        Meeting meeting = loadMeeting(meetingId);
        requireStarted(meeting);
        Set<Long> members = Membership.of(em, meeting.getBoard(), today()).stream().map(MemberView::clinicianId)
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
        audit.record(AuditAction.UPDATED, Boards.MEETING, meetingId, "Attendance recorded for " + lines.size() + " member(s)");
        return boards.meeting(meetingId);
    }

    /** Records how a member's conflict on an item was handled (a flag from the register, or one declared at the meeting). */
    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public MeetingPage recordConflict(long itemId, Long clinicianId, String interest, Handling handling, String reason) {
        AgendaItem item = loadItem(itemId);
        requireStarted(item.getMeeting());
        Clinician member = clinicianId == null ? null : em.find(Clinician.class, clinicianId);
        if (member == null || !Membership.isMember(em, item.getMeeting().getBoard(), member, today())) {
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
            conflict.handle(handling, reason, caller(), now());
            em.persist(conflict);
        } else {
            conflict.handle(handling, reason, caller(), now());
        }
        Persistence.flush(em, "conflict", () -> new RuleViolationException("The conflict could not be recorded."));
        audit.record(AuditAction.UPDATED, "agenda item", itemId, member.getDisplayName() + "'s conflict on \""
                + item.getTitle() + "\": " + handling.label() + (reason == null || reason.isBlank() ? "" : " — " + reason.strip()));
        return boards.meeting(item.getMeeting().getId());
    }

    /** The discussion and, for a decision item, the decision and the vote; refused when the item is inquorate. */
    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public MeetingPage recordItem(long itemId, long version, String discussion, ItemOutcome outcome, Integer votesFor,
            Integer votesAgainst, Integer votesAbstaining) {
        AgendaItem item = loadItem(itemId);
        Persistence.checkVersion("agenda item", version, item.getVersion());
        if (outcome != null) {
            ItemView view = boards.meeting(item.getMeeting().getId()).items().stream().filter(i -> i.id() == itemId)
                    .findFirst().orElseThrow();
            if (!view.quorate()) {
                throw new RuleViolationException("No decision can be recorded: " + view.quorumNote());
            }
        }
        item.record(discussion, outcome, votesFor, votesAgainst, votesAbstaining, now());
        Persistence.flush(em, "agenda item", () -> new RuleViolationException("The record could not be saved."));
        audit.record(AuditAction.UPDATED, "agenda item", itemId, "Recorded \"" + item.getTitle() + "\""
                + (outcome == null ? "" : ": " + outcome.label()));
        return boards.meeting(item.getMeeting().getId());
    }

    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public ActionView addAction(long itemId, String description, Long ownerId, LocalDate dueDate) {
        AgendaItem item = loadItem(itemId);
        Clinician owner = ownerId == null ? null : em.find(Clinician.class, ownerId);
        if (ownerId != null && owner == null) {
            throw new InvalidInputException("ownerId", "There is no clinician with id " + ownerId + ".");
        }
        BoardAction action = new BoardAction(item, description, owner, dueDate, now());
        em.persist(action);
        em.flush();
        audit.record(AuditAction.CREATED, "action", action.getId(), "Action for " + owner.getDisplayName() + " by "
                + dueDate + ": " + action.getDescription());
        return ActionView.of(action, today());
    }

    /** Marks an action done: its owner, a board secretary or an administrator. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public ActionView completeAction(long id, long version) {
        BoardAction action = Records.find(em, BoardAction.class, id, "action");
        Optional<Clinician> me = Callers.clinician(em, caller());
        boolean owner = me.isPresent() && me.get().getId().equals(action.getOwner().getId());
        if (!owner && !context.isCallerInRole(ADMIN) && !context.isCallerInRole(BOARD_SECRETARY)) {
            throw new AccessRefusedException("Only the action's owner or the board secretary marks it done.");
        }
        Persistence.checkVersion("action", version, action.getVersion());
        action.complete(today());
        Persistence.flush(em, "action", () -> new RuleViolationException("The action could not be saved."));
        audit.record(AuditAction.CLOSED, "action", id, "Done: " + action.getDescription());
        return ActionView.of(action, today());
    }

    /**
     * The action log: filters {@code board} (id), {@code owner} (clinician id), {@code status} (OPEN, DONE,
     * OVERDUE — overdue and open are worked out from today's date in the query); oldest due first.
     */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public Page<ActionView> actions(PageRequest request) {
        request.requireSortIn(java.util.Set.of("dueDate"));
        LocalDate today = today();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Long board = id(request.filter("board"), "board");
        Long owner = id(request.filter("owner"), "owner");
        String status = request.filter("status");
        if (board != null) {
            where.append(" and a.board.id = :board");
        }
        if (owner != null) {
            where.append(" and a.owner.id = :owner");
        }
        if (status != null) {
            switch (status.strip().toUpperCase(Locale.ROOT)) {
                case "DONE" -> where.append(" and a.doneOn is not null");
                case "OPEN" -> where.append(" and a.doneOn is null and a.dueDate >= :today");
                case "OVERDUE" -> where.append(" and a.doneOn is null and a.dueDate < :today");
                default -> throw new InvalidInputException("status", "Status is OPEN, DONE or OVERDUE.");
            }
        }
        boolean needsToday = status != null && !"DONE".equalsIgnoreCase(status.strip());
        String order = "dueDate".equals(request.sortField()) && !request.ascending() ? " order by a.dueDate desc, a.id desc"
                : " order by a.dueDate, a.id";
        TypedQuery<BoardAction> query = em.createQuery("select a from BoardAction a join fetch a.board join fetch a.owner "
                + "join fetch a.item i join fetch i.meeting" + where + order, BoardAction.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from BoardAction a" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            if (board != null) {
                q.setParameter("board", board);
            }
            if (owner != null) {
                q.setParameter("owner", owner);
            }
            if (needsToday) {
                q.setParameter("today", today);
            }
        }
        List<ActionView> items = query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList()
                .stream().map(a -> ActionView.of(a, today)).toList();
        return new Page<>(items, count.getSingleResult());
    }

    /** The caller's own actions not yet done, oldest due first (their home page). */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public List<ActionView> myActions() {
        Optional<Clinician> me = Callers.clinician(em, caller());
        if (me.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        return em.createQuery("select a from BoardAction a join fetch a.board join fetch a.owner join fetch a.item i "
                        + "join fetch i.meeting where a.owner = :me and a.doneOn is null order by a.dueDate, a.id",
                BoardAction.class).setParameter("me", me.get()).getResultList().stream()
                .map(a -> ActionView.of(a, today)).toList();
    }

    // ---- minutes ------------------------------------------------------------------------------------------

    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public String draftMinutes(long meetingId, String body) {
        Meeting meeting = loadMeeting(meetingId);
        requireStarted(meeting);
        MeetingMinutes minutes = em.find(MeetingMinutes.class, meetingId);
        if (minutes == null) {
            minutes = new MeetingMinutes(meeting, body, caller(), now());
            em.persist(minutes);
        } else {
            minutes.redraft(body, caller(), now());
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
        MeetingMinutes minutes = loadMinutes(meetingId);
        AgendaItem item = loadItem(itemId);
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
        MeetingPage page = boards.meeting(meetingId);
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
        MeetingMinutes minutes = loadMinutes(meetingId);
        minutes.publish(now());
        Persistence.flush(em, "minutes", () -> new RuleViolationException("The minutes could not be saved."));
        audit.record(AuditAction.UPDATED, "minutes", meetingId, "Minutes published");
        return minutes.getStatus().name();
    }

    /** Published minutes, newest meeting first, with their public items only. Open to everyone. */
    @PermitAll
    public Page<PublicMinutes> publicMinutes(PageRequest request) {
        request.requireSortIn(java.util.Set.of());
        List<MeetingMinutes> page = em.createQuery("select n from MeetingMinutes n join fetch n.meeting m join fetch m.board "
                        + "where n.publishedAt is not null order by m.startsAt desc, m.id desc", MeetingMinutes.class)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = em.createQuery("select count(n) from MeetingMinutes n where n.publishedAt is not null", Long.class)
                .getSingleResult();
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

    // ---- helpers ------------------------------------------------------------------------------------------

    private String flagFor(AgendaItem item, Clinician member) {
        return boards.meeting(item.getMeeting().getId()).items().stream().filter(i -> i.id() == item.getId())
                .flatMap(i -> i.conflicts().stream()).filter(c -> c.clinicianId() == member.getId())
                .map(ConflictFlag::interest).findFirst().orElse(null);
    }

    private void requireStarted(Meeting meeting) {
        if (!meeting.hasStarted(now())) {
            throw new RuleViolationException("The meeting has not started yet; its record is kept at or after the meeting.");
        }
    }

    private Meeting loadMeeting(long id) {
        Meeting meeting = Records.find(em, Meeting.class, id, Boards.MEETING);
        return meeting;
    }

    private AgendaItem loadItem(long id) {
        AgendaItem item = Records.find(em, AgendaItem.class, id, "agenda item");
        return item;
    }

    private MeetingMinutes loadMinutes(long meetingId) {
        MeetingMinutes minutes = Records.find(em, MeetingMinutes.class, meetingId, "minutes");
        return minutes;
    }

    private static Long id(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "The " + field + " is a number (an id).");
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
