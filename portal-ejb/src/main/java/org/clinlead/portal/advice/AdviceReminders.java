package org.clinlead.portal.advice;

import static org.clinlead.portal.people.Roles.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.clinlead.portal.appointments.LeadsInPost;
import org.clinlead.portal.notices.Link;
import org.clinlead.portal.notices.NoticeSender;
import org.clinlead.portal.shared.UkTime;
import org.clinlead.portal.shared.WorkingDays;

/**
 * Reminders of requests for advice still waiting: two working days before the due date to whoever is answering (or,
 * before anyone accepts, to the pathway's leads), and once it has passed to them and to the requester. Worked out
 * every hour; each goes once (the request remembers it, and the notice's key would refuse a second).
 */
@Stateless
public class AdviceReminders {

    /** How many working days before the due date the first reminder goes. */
    public static final int DAYS_BEFORE = 2;

    private static final Logger LOG = Logger.getLogger(AdviceReminders.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private NoticeSender notices;

    @Inject
    private LeadsInPost leads;

    @Inject
    private Clock clock;

    @Inject
    private org.clinlead.portal.shared.ScheduledWork scheduledWork;

    /** Asked every ten seconds on every node; runs at minute 23 of each hour, on the one node that claims it. */
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void onSchedule() {
        if (!scheduledWork.claim("advice reminders", 23)) {
            return;
        }
        int sent = sendDue();
        if (sent > 0) {
            LOG.info(() -> sent + " advice request reminder(s) sent");
        }
    }

    /** Sends the reminders due now (an administrator's "send now"); returns how many notices went out. */
    @RolesAllowed(ADMIN)
    public int sendNow() {
        return sendDue();
    }

    private int sendDue() {
        LocalDate today = LocalDate.now(clock);
        List<AdviceRequest> waiting = em.createQuery("select r from AdviceRequest r left join fetch r.responder left join fetch r.pathway left join fetch r.programme "
                        + "where r.status in :pending and (r.remindedDueSoon = false or r.remindedOverdue = false)",
                        AdviceRequest.class)
                .setParameter("pending", List.of(AdviceStatus.OPEN, AdviceStatus.ACCEPTED)).getResultList();
        int sent = 0;
        for (AdviceRequest r : waiting) {
            boolean overdue = today.isAfter(r.getDueOn());
            boolean soon = !overdue && !today.isBefore(WorkingDays.before(r.getDueOn(), DAYS_BEFORE));
            List<String> answering = r.getResponder() == null ? (r.getPathway() != null ? leads.accountsOn(r.getPathway().getCode(), today)
                    : leads.accountsOnProgramme(r.getProgramme().getCode(), today))
                    : leads.accountsOf(r.getResponder());
            Link link = Link.to(Link.Kind.ADVICE_REQUEST, r.getId());
            if (overdue && !r.isRemindedOverdue()) {
                List<String> to = new ArrayList<>(answering);
                to.add(r.getRequestedBy());
                sent += notices.send(to, "Clinical advice overdue: " + r.networkName(), "The advice asked for by "
                        + r.getRequesterName() + " was due on " + UkTime.format(r.getDueOn()) + ": "
                        + AdviceViews.shortened(r.getQuestion()), link, "advice-reminder:overdue:" + r.getId());
                mark(r, "reminded_overdue = TRUE, reminded_due_soon = TRUE");
            } else if (soon && !r.isRemindedDueSoon()) {
                sent += notices.send(answering, "Clinical advice due " + UkTime.format(r.getDueOn()), "The advice asked for by "
                        + r.getRequesterName() + " is due on " + UkTime.format(r.getDueOn()) + ": "
                        + AdviceViews.shortened(r.getQuestion()), link, "advice-reminder:soon:" + r.getId());
                mark(r, "reminded_due_soon = TRUE");
            }
        }
        return sent;
    }

    /** Remembers a reminder without touching the request's version, so nobody's edit is refused because of it. */
    private void mark(AdviceRequest r, String assignments) {
        em.createNativeQuery("update advice_request set " + assignments + " where id = ?").setParameter(1, r.getId())
                .executeUpdate();
    }
}
