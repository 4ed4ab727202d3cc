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
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * Actions agreed at meetings: the secretary records them with an owner and a due date; owners see theirs
 * on the home page and mark them done; everyone signed in reads the action log.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class BoardActions {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public ActionView addAction(long itemId, String description, Long ownerId, LocalDate dueDate) {
        AgendaItem item = Records.find(em, AgendaItem.class, itemId, "agenda item");
        Clinician owner = ownerId == null ? null : em.find(Clinician.class, ownerId);
        if (ownerId != null && owner == null) {
            throw new InvalidInputException("ownerId", "There is no clinician with id " + ownerId + ".");
        }
        BoardAction action = new BoardAction(item, description, owner, dueDate, Instant.now(clock));
        em.persist(action);
        em.flush();
        audit.record(AuditAction.CREATED, "action", action.getId(), "Action for " + owner.getDisplayName() + " by "
                + dueDate + ": " + action.getDescription());
        return ActionView.of(action, LocalDate.now(clock));
    }

    /** Marks an action done: its owner, a board secretary or an administrator. */
    public ActionView completeAction(long id, long version) {
        BoardAction action = Records.find(em, BoardAction.class, id, "action");
        Optional<Clinician> me = caller.clinician();
        boolean owner = me.isPresent() && me.get().getId().equals(action.getOwner().getId());
        if (!owner && !caller.isIn(ADMIN) && !caller.isIn(BOARD_SECRETARY)) {
            throw new AccessRefusedException("Only the action's owner or the board secretary marks it done.");
        }
        Persistence.checkVersion("action", version, action.getVersion());
        action.complete(LocalDate.now(clock));
        Persistence.flush(em, "action", () -> new RuleViolationException("The action could not be saved."));
        audit.record(AuditAction.CLOSED, "action", id, "Done: " + action.getDescription());
        return ActionView.of(action, LocalDate.now(clock));
    }

    /**
     * The action log: filters {@code board} (id), {@code owner} (clinician id), {@code status} (OPEN, DONE,
     * OVERDUE — overdue and open are worked out from today's date in the query); oldest due first.
     */
    public Page<ActionView> actions(PageRequest request) {
        request.requireSortIn(java.util.Set.of("dueDate"));
        LocalDate today = LocalDate.now(clock);
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
    public List<ActionView> myActions() {
        Optional<Clinician> me = caller.clinician();
        if (me.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("select a from BoardAction a join fetch a.board join fetch a.owner join fetch a.item i "
                        + "join fetch i.meeting where a.owner = :me and a.doneOn is null order by a.dueDate, a.id",
                BoardAction.class).setParameter("me", me.get()).getResultList().stream()
                .map(a -> ActionView.of(a, today)).toList();
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
}
