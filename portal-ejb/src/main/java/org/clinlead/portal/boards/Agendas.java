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

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.notices.Link;
import org.clinlead.portal.notices.NoticeSender;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Lists;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;
import org.clinlead.portal.shared.UkTime;

/**
 * Meetings and their agendas: secretaries and administrators schedule meetings and build the agenda; anyone
 * signed in sees a board's meetings and the meeting page as {@link MeetingPages} shapes it for them. Other
 * capabilities put things forward to a board through {@link #propose}.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class Agendas {

    static final String MEETING = "meeting";
    private static final String ITEM = "agenda item";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private NoticeSender notices;

    @Inject
    private BoardReads reads;

    @Inject
    private MeetingPages pages;

    @Inject
    private ConflictNotices conflicts;

    @Inject
    private Clock clock;

    @Inject
    private jakarta.enterprise.event.Event<MeetingChanged> scheduled;

    /** A board's meetings, newest first by default; sort {@code startsAt}. */
    public Page<MeetingSummary> meetings(long boardId, PageRequest request) {
        Board board = Records.find(em, Board.class, boardId, "board");
        Instant now = Instant.now(clock);
        Page<Meeting> page = new Lists<>(em, Meeting.class, Map.of("startsAt", r -> r.get("startsAt")), Map.of(),
                "startsAt", false)
                .within((cb, r) -> cb.equal(r.get("board"), board))
                .fetching(r -> r.fetch("board"))
                .page(request);
        return new Page<>(page.items().stream().map(m -> MeetingSummary.of(m, now)).toList(), page.total());
    }

    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public MeetingSummary schedule(long boardId, MeetingDraft draft) {
        Board board = Records.find(em, Board.class, boardId, "board");
        if (draft == null || draft.startsAt() == null) {
            throw new InvalidInputException("startsAt", "Give the date and time the meeting starts.");
        }
        Meeting meeting = Meeting.schedule(board, draft.startsAt().atZone(UkTime.ZONE).toInstant(),
                draft.endsAt() == null ? null : draft.endsAt().atZone(UkTime.ZONE).toInstant(), draft.place(),
                draft.videoLink(), draft.packDeadline(), Instant.now(clock));
        em.persist(meeting);
        em.flush();
        audit.record(AuditAction.CREATED, MEETING, meeting.getId(), board.getName() + " meeting scheduled for "
                + draft.startsAt() + "; pack due " + meeting.getPackDeadline());
        scheduled.fire(MeetingChanged.of(meeting, reads.memberAccounts(meeting)));
        return MeetingSummary.of(meeting, Instant.now(clock));
    }

    /** The meeting page: agenda with papers as the caller may see them, conflicts, quorum, attendance. */
    public MeetingPage meeting(long id) {
        return pages.page(Records.find(em, Meeting.class, id, MEETING));
    }

    /** Adds an item at the end of the agenda; members with a live interest in its organisations are flagged. */
    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public ItemView addItem(long meetingId, ItemDraft draft) {
        Meeting meeting = Records.find(em, Meeting.class, meetingId, MEETING);
        if (draft == null) {
            throw new InvalidInputException("body", "Describe the agenda item.");
        }
        Set<String> aims = draft.aims() == null ? Set.of() : new LinkedHashSet<>(draft.aims());
        Set<String> known = new HashSet<>(em.createQuery("select a.code from StrategicAim a", String.class).getResultList());
        if (!known.containsAll(aims)) {
            throw new InvalidInputException("aims", "The strategy's aims are A to E.");
        }
        Set<Organisation> organisations = new LinkedHashSet<>();
        for (Long id : draft.organisationIds() == null ? Set.<Long>of() : draft.organisationIds()) {
            Organisation o = id == null ? null : em.find(Organisation.class, id);
            if (o == null) {
                throw new InvalidInputException("organisationIds", "There is no organisation with id " + id + ".");
            }
            organisations.add(o);
        }
        int next = reads.nextItemOrder(meeting);
        AgendaItem item = new AgendaItem(meeting, next, draft.title(), draft.purpose(), draft.presenter(),
                draft.confidential(), aims, organisations, Instant.now(clock));
        if (draft.cquinContractId() != null || draft.cquinIndicatorId() != null) {
            item.linkTo(draft.cquinContractId() == null ? null : Records.find(em,
                            org.clinlead.portal.commissioning.CquinContract.class, draft.cquinContractId(), "contract"),
                    draft.cquinIndicatorId() == null ? null : Records.find(em,
                            org.clinlead.portal.commissioning.QualityIndicator.class, draft.cquinIndicatorId(), "indicator"));
        }
        em.persist(item);
        em.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(AuditAction.CREATED, ITEM, item.getId(), "Item " + next + " added to the "
                + meeting.getBoard().getName() + " meeting of " + meeting.getStartsAt() + ": " + item.getTitle());
        conflicts.flag(meeting, List.of(item), "item-added");
        return pages.page(meeting).items().stream().filter(i -> i.id() == item.getId()).findFirst().orElseThrow();
    }

    /** Reorders the agenda: every item once, from the version of the meeting the secretary was looking at. */
    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public MeetingPage reorder(long meetingId, long version, List<Long> itemIds) {
        Meeting meeting = Records.find(em, Meeting.class, meetingId, MEETING);
        Persistence.checkVersion(MEETING, version, meeting.getVersion());
        meeting.requireAgendaOpen(Instant.now(clock));
        Agenda.reorder(reads.items(meeting), itemIds);
        em.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Persistence.flush(em, MEETING, () -> new RuleViolationException("The agenda could not be saved."));
        audit.record(AuditAction.UPDATED, MEETING, meetingId, "Agenda reordered");
        return pages.page(meeting);
    }

    /**
     * Adds a proposal from elsewhere in the portal as an item "for discussion" on the board's next meeting whose
     * pack is still open, flagging conflicts as any item does; with no such meeting the secretaries and chair are
     * told to schedule it. Not for pages or the API: another boundary calls it inside its own transaction,
     * after checking that its caller may put the thing forward (a project's owner, once).
     *
     * @return the new item's id, or null when no meeting could take it yet
     */
    public Long propose(long boardId, Proposal proposal) {
        Board board = Records.find(em, Board.class, boardId, "board");
        Set<String> recipients = new LinkedHashSet<>(reads.secretaries());
        recipients.addAll(reads.accounts(Membership.chairs(em, board, LocalDate.now(clock))));
        Optional<Meeting> next = reads.nextMeeting(board, Instant.now(clock), true);
        if (next.isEmpty()) {
            notices.send(recipients, "Put forward to " + board.getName(), "\"" + proposal.title()
                    + "\" is put forward to the board; schedule it when the next meeting is set: " + proposal.note(),
                    proposal.source(), proposal.key());
            return null;
        }
        Meeting meeting = next.get();
        int order = reads.nextItemOrder(meeting);
        AgendaItem item = new AgendaItem(meeting, order, proposal.itemTitle(),
                Purpose.DISCUSSION, proposal.presenter(), false, proposal.aims(),
                Set.of(em.getReference(Organisation.class, proposal.organisationId())), Instant.now(clock));
        item.putForwardFrom(proposal.source().stored());
        em.persist(item);
        em.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(AuditAction.CREATED, ITEM, item.getId(), "Proposed (" + proposal.key() + ") for the "
                + board.getName() + " meeting of " + meeting.getStartsAt());
        conflicts.flag(meeting, List.of(item), "item-added");
        notices.send(recipients, "Proposed item for " + board.getName(), "\"" + proposal.title() + "\" was put forward "
                + "and added to the agenda of " + meeting.getStartsAt().atZone(UkTime.ZONE).toLocalDate() + " for discussion: "
                + proposal.note(), Link.to(Link.Kind.MEETING, meeting.getId()), proposal.key());
        return item.getId();
    }
}
