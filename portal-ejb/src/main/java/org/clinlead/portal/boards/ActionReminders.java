package org.clinlead.portal.boards;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.BOARD_SECRETARY;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.clinlead.portal.notices.Link;
import org.clinlead.portal.notices.NoticeSender;

/**
 * Reminds action owners: once when an action falls due within {@value #DAYS_BEFORE} days, and once when
 * it becomes overdue. Worked out every hour; each reminder goes once per action and due date.
 */
@Stateless
public class ActionReminders {

    static final int DAYS_BEFORE = 3;
    private static final Logger LOG = Logger.getLogger(ActionReminders.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private NoticeSender notices;

    @Inject
    private Clock clock;

    @Inject
    private org.clinlead.portal.shared.ScheduledWork scheduledWork;

    /** Asked every ten seconds on every node; runs at minute 17 of each hour, on the one node that claims it. */
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void onSchedule() {
        if (!scheduledWork.claim("action reminders", 17)) {
            return;
        }
        int sent = sendDue();
        if (sent > 0) {
            LOG.info(() -> sent + " action reminder(s) sent");
        }
    }

    /** Sends the reminders due now (secretaries and administrators can ask); returns how many went out. */
    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public int sendNow() {
        return sendDue();
    }

    private int sendDue() {
        LocalDate today = LocalDate.now(clock);
        List<BoardAction> open = em.createQuery("select a from BoardAction a join fetch a.board join fetch a.owner "
                        + "where a.doneOn is null and a.dueDate <= :soon order by a.dueDate", BoardAction.class)
                .setParameter("soon", today.plusDays(DAYS_BEFORE)).getResultList();
        int sent = 0;
        for (BoardAction a : open) {
            List<String> owner = em.createQuery("select u.username from UserAccount u where u.clinician = :c", String.class)
                    .setParameter("c", a.getOwner()).getResultList();
            boolean overdue = a.statusOn(today) == ActionStatus.OVERDUE;
            sent += notices.send(owner, (overdue ? "Overdue action: " : "Action due " + a.getDueDate() + ": ")
                            + a.getDescription(), "Your action from the " + a.getBoard().getName() + " was due on "
                            + a.getDueDate() + ". Mark it done in the action log when it is, or tell the board secretary.",
                    Link.to(Link.Kind.BOARD_ACTIONS), "action-" + (overdue ? "overdue" : "due") + ":" + a.getId() + ":" + a.getDueDate());
        }
        return sent;
    }
}
