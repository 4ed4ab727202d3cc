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
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.Filters;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Lists;
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
        LocalDate today = LocalDate.now(clock);
        Page<BoardAction> page = new Lists<>(em, BoardAction.class, Map.of("dueDate", r -> r.get("dueDate")),
                Map.of("board", (cb, r) -> v -> cb.equal(r.get("board").get("id"), Filters.id(v, "board")),
                        "owner", (cb, r) -> v -> cb.equal(r.get("owner").get("id"), Filters.id(v, "owner")),
                        "status", (cb, r) -> v -> switch (v.toUpperCase(Locale.ROOT)) {
                            case "DONE" -> cb.isNotNull(r.get("doneOn"));
                            case "OPEN" -> cb.and(cb.isNull(r.get("doneOn")), cb.greaterThanOrEqualTo(r.get("dueDate"), today));
                            case "OVERDUE" -> cb.and(cb.isNull(r.get("doneOn")), cb.lessThan(r.get("dueDate"), today));
                            default -> throw new InvalidInputException("status", "Status is OPEN, DONE or OVERDUE.");
                        }),
                "dueDate", true)
                .fetching(r -> {
                    r.fetch("board");
                    r.fetch("owner");
                    r.fetch("item").fetch("meeting");
                })
                .page(request);
        return new Page<>(page.items().stream().map(a -> ActionView.of(a, today)).toList(), page.total());
    }

    /** The caller's own actions not yet done, oldest due first (their home page). */
    public List<ActionView> myActions() {
        Optional<Clinician> me = caller.clinician();
        if (me.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return Persistence.named(em, "BoardActions.myActions", BoardAction.class, () -> Persistence.fetching(
                em.createQuery("select a from BoardAction a join fetch a.board join fetch a.owner "
                        + "where a.owner = :me and a.doneOn is null order by a.dueDate, a.id", BoardAction.class),
                "a.item.meeting")).setParameter("me", me.get()).getResultList().stream()
                .map(a -> ActionView.of(a, today)).toList();
    }

}
