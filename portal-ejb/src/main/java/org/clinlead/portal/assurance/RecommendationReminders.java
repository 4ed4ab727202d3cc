package org.clinlead.portal.assurance;

import static org.clinlead.portal.people.Roles.ADMIN;

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
import org.clinlead.portal.shared.UkTime;

/**
 * Reminders of assurance recommendations past their due date and not completed: once, to the owner. Worked out every
 * hour; the recommendation remembers it (and the notice's key would refuse a second).
 */
@Stateless
public class RecommendationReminders {

    private static final Logger LOG = Logger.getLogger(RecommendationReminders.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private NoticeSender notices;

    @Inject
    private Clock clock;

    @Inject
    private org.clinlead.portal.shared.ScheduledWork scheduledWork;

    /** Asked every ten seconds on every node; runs at minute 37 of each hour, on the one node that claims it. */
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void onSchedule() {
        if (!scheduledWork.claim("recommendation reminders", 37)) {
            return;
        }
        int sent = sendDue();
        if (sent > 0) {
            LOG.info(() -> sent + " assurance recommendation reminder(s) sent");
        }
    }

    /** Sends the reminders due now (an administrator's "send now"); returns how many notices went out. */
    @RolesAllowed(ADMIN)
    public int sendNow() {
        return sendDue();
    }

    private int sendDue() {
        LocalDate today = LocalDate.now(clock);
        List<AssuranceRecommendation> overdue = em.createQuery("select x from AssuranceRecommendation x join fetch x.review "
                        + "where x.status <> :done and x.dueOn < :today and x.remindedOverdue = false", AssuranceRecommendation.class)
                .setParameter("done", RecommendationStatus.COMPLETED).setParameter("today", today).getResultList();
        int sent = 0;
        for (AssuranceRecommendation x : overdue) {
            sent += notices.send(List.of(x.getOwner()), "Assurance recommendation overdue: " + x.getReview().getTitle(),
                    "Due on " + UkTime.format(x.getDueOn()) + ": " + AssuranceConclusions.shortened(x.getText())
                            + " Record its progress on the review.", Link.to(Link.Kind.ASSURANCE_REVIEW, x.getReview().getId()),
                    "assurance-reminder:" + x.getId());
            em.createNativeQuery("update assurance_recommendation set reminded_overdue = TRUE where id = ?")
                    .setParameter(1, x.getId()).executeUpdate();
        }
        return sent;
    }
}
