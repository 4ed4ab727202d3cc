package org.clinlead.portal.targets;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.MEDICAL_DIRECTOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.boards.AgendaItem;
import org.clinlead.portal.boards.Agendas;
import org.clinlead.portal.boards.Board;
import org.clinlead.portal.boards.Proposal;
import org.clinlead.portal.notices.Link;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.RuleViolationException;
import org.clinlead.portal.shared.UkTime;

/**
 * What the regional team does about an exception besides asking for advice (which is an advice request about the
 * series): put it on a board's agenda, as an item for discussion on the board's next meeting still open for papers,
 * linking the item back to the series. Once per series and board while the item's meeting is still to come.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR})
public class TargetActions {

    public static final int NOTE_MAX = 1000;

    /** A board to choose from. */
    public record BoardChoice(long id, String name) {
    }

    /** Where the exception went: the item and its meeting, or null when the board has no meeting open for papers. */
    public record AgendaPlacement(Long itemId, Long meetingId, String boardName, String message) {
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private TargetAccess access;

    @Inject
    private Agendas agendas;

    @Inject
    private AuditRecorder audit;

    @Inject
    private Clock clock;

    /** The boards an exception can be put to. */
    public List<BoardChoice> boards() {
        return em.createQuery("select b from Board b order by b.name", Board.class).getResultList().stream()
                .map(b -> new BoardChoice(b.getId(), b.getName())).toList();
    }

    /** Puts series {@code seriesId} on board {@code boardId}'s next open agenda, with the regional team's note. */
    public AgendaPlacement putOnAgenda(long seriesId, Long boardId, String note) {
        TargetSeries s = access.visible(seriesId);
        access.requireActsOnExceptions("puts an exception on a board's agenda");
        new Check().require(boardId != null, "boardId", "Choose the board whose agenda the exception goes on.")
                .text(note, "note", "The note for the board (what you would like it to consider)", NOTE_MAX).orThrow();
        Board board = em.find(Board.class, boardId);
        if (board == null) {
            throw new InvalidInputException("boardId", "There is no board with id " + boardId + ".");
        }
        String link = Link.to(Link.Kind.TARGET_SERIES, s.getId()).stored();
        List<AgendaItem> pending = em.createQuery("select i from AgendaItem i join fetch i.meeting m where i.sourceLink = :link "
                + "and m.board = :b and m.startsAt > :now", AgendaItem.class).setParameter("link", link).setParameter("b", board)
                .setParameter("now", Instant.now(clock)).getResultList();
        if (!pending.isEmpty()) {
            throw new RuleViolationException("This exception is already on the agenda of the " + board.getName() + " meeting of "
                    + UkTime.format(pending.get(0).getMeeting().getStartsAt()) + ".");
        }
        String when = s.getLatestMonth() == null ? "" : " (" + YearMonth.from(s.getLatestMonth()) + ")";
        String full = "Operating target exception: " + s.getTarget().getName() + " at " + s.getOrganisation().getName() + when;
        String title = full.length() <= 300 ? full : full.substring(0, 299) + "…";
        Long item = agendas.propose(board.getId(), new Proposal(s.label(), title, access.name(), Set.copyOf(s.getTarget().getAims()),
                s.getOrganisation().getId(), note.strip() + " (" + String.join("; ", s.getReasons()) + ")",
                Link.to(Link.Kind.TARGET_SERIES, s.getId()), "target-series-" + s.getId() + "-board-" + board.getId()));
        audit.record(AuditAction.CREATED, OperatingTargets.SERIES, s.getId(), "Put to the " + board.getName()
                + (item == null ? " (no meeting open for papers yet; its secretaries were told)" : " as agenda item " + item)
                + ": " + note.strip());
        if (item == null) {
            return new AgendaPlacement(null, null, board.getName(), "The " + board.getName() + " has no meeting open for papers; "
                    + "its secretaries and chair have been told to schedule it.");
        }
        AgendaItem added = em.find(AgendaItem.class, item);
        return new AgendaPlacement(item, added.getMeeting().getId(), board.getName(), "Added to the agenda of the "
                + board.getName() + " meeting of " + UkTime.format(added.getMeeting().getStartsAt()) + ".");
    }
}
