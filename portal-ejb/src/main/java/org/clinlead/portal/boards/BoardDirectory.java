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
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * The pathway delivery boards and who sits on them: every signed-in person sees the boards, their members
 * and their decisions (confidential ones only for insiders); secretaries and administrators add members.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class BoardDirectory {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private Caller caller;

    @Inject
    private BoardReads reads;

    @Inject
    private PaperVisibility visibility;

    @Inject
    private Clock clock;

    public List<BoardSummary> boards() {
        Map<Long, Meeting> next = reads.nextMeetings(Instant.now(clock));
        return em.createQuery("select b from Board b left join fetch b.pathway left join fetch b.programme order by b.name",
                Board.class).getResultList().stream().map(b -> BoardSummary.of(b, next.get(b.getId()))).toList();
    }

    public BoardSummary board(long id) {
        Board board = Records.find(em, Board.class, id, "board");
        return BoardSummary.of(board, reads.nextMeeting(board, Instant.now(clock), false).orElse(null));
    }

    /** The board's members today: those its secretary added and its senior clinical leads in post. */
    public List<MemberView> members(long boardId) {
        return Membership.of(em, Records.find(em, Board.class, boardId, "board"), LocalDate.now(clock));
    }

    /**
     * The board's latest decisions, newest first; confidential items only for its members, secretaries and
     * administrators.
     */
    public List<DecisionLine> recentDecisions(long boardId, int count) {
        Board board = Records.find(em, Board.class, boardId, "board");
        Optional<Clinician> me = caller.clinician();
        boolean insider = visibility.overseer() || me.isPresent()
                && Membership.isMember(em, board, me.get(), LocalDate.now(clock));
        int wanted = Math.min(Math.max(count, 1), 50);
        return em.createQuery("select i from AgendaItem i join fetch i.meeting m where m.board = :b "
                        + "and i.outcome is not null order by m.startsAt desc, i.order", AgendaItem.class)
                .setParameter("b", board).setMaxResults(wanted * 2).getResultList().stream()
                .filter(i -> insider || !i.isConfidential()).limit(wanted)
                .map(i -> new DecisionLine(i.getMeeting().getId(), i.getMeeting().getStartsAt(), i.getTitle(),
                        i.getOutcome().label(), i.getDiscussion())).toList();
    }

    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public MemberView addMember(long boardId, Long clinicianId, BoardRole role, boolean voting, LocalDate from,
            LocalDate to) {
        Board board = Records.find(em, Board.class, boardId, "board");
        Clinician clinician = clinicianId == null ? null : em.find(Clinician.class, clinicianId);
        if (clinician == null) {
            throw new InvalidInputException("clinicianId", "Choose the clinician from the directory.");
        }
        LocalDate start = from == null ? LocalDate.now(clock) : from;
        if (Membership.isMember(em, board, clinician, start)) {
            throw new RuleViolationException(clinician.getDisplayName() + " is already a member of this board.");
        }
        BoardMember member = new BoardMember(board, clinician, role, voting, start, to);
        em.persist(member);
        em.flush();
        audit.record(AuditAction.CREATED, "board member", member.getId(), clinician.getDisplayName() + " joins the "
                + board.getName() + " as " + member.getRole().label().toLowerCase(Locale.ROOT)
                + (voting ? " (voting)" : " (not voting)"));
        // Built from the new row, not read back from today's members: someone joining later is not one yet.
        return new MemberView(member.getId(), clinician.getId(), clinician.getDisplayName(),
                clinician.getOrganisation().getName(), member.getRole().label(), member.isVoting(), false,
                member.getFromDate(), member.getToDate());
    }
}
