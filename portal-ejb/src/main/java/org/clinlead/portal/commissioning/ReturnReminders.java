package org.clinlead.portal.commissioning;

import static org.clinlead.portal.people.Roles.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.clinlead.portal.people.Role;
import org.clinlead.portal.shared.WorkingDays;

/**
 * Reminders of quarterly returns to the provider's quality leads: five working days before the deadline, and
 * once it has passed, for each agreed scheme with returns still to make. Worked out every hour; each goes once.
 */
@Stateless
public class ReturnReminders {

    /** How many working days before the deadline the first reminder goes. */
    public static final int DAYS_BEFORE = 5;

    private static final Logger LOG = Logger.getLogger(ReturnReminders.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private CommissioningNotices notices;

    @Inject
    private Clock clock;

    @Inject
    private org.clinlead.portal.shared.ScheduledWork scheduledWork;

    /** Asked every ten seconds on every node; runs at minute 17 of each hour, on the one node that claims it. */
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void onSchedule() {
        if (!scheduledWork.claim("return reminders", 17)) {
            return;
        }
        int sent = sendDue();
        if (sent > 0) {
            LOG.info(() -> sent + " CQUIN return reminder(s) sent");
        }
    }

    /** Sends the reminders due now (an administrator's "send now"); returns how many notices went out. */
    @RolesAllowed(ADMIN)
    public int sendNow() {
        return sendDue();
    }

    private int sendDue() {
        LocalDate today = LocalDate.now(clock);
        int thisYear = FinancialYear.of(today).startYear();
        List<CquinContract> contracts = em.createQuery("select c from CquinContract c join fetch c.provider "
                        + "where c.status = :agreed and c.startYear between :from and :to and c.reconciledAt is null",
                        CquinContract.class).setParameter("agreed", SchemeStatus.AGREED).setParameter("from", thisYear - 1)
                .setParameter("to", thisYear).getResultList();
        List<QualityIndicator> indicators = CommissioningReads.indicatorsOf(em, contracts);
        Set<String> made = new HashSet<>();
        for (QuarterlySubmission s : CommissioningReads.returnsOf(em, indicators)) {
            made.add(s.getIndicator().getId() + ":" + s.getQuarter());
        }
        int sent = 0;
        for (CquinContract c : contracts) {
            List<QualityIndicator> own = indicators.stream().filter(i -> i.getContract().getId().equals(c.getId())).toList();
            for (int n = 1; n <= 4; n++) {
                FinancialYear.Quarter q = c.year().quarter(n);
                int number = n;
                long missing = own.stream().filter(i -> !made.contains(i.getId() + ":" + number)).count();
                if (missing == 0 || !q.hasEnded(today)) {
                    continue;
                }
                boolean passed = today.isAfter(q.deadline());
                boolean soon = !passed && !today.isBefore(WorkingDays.before(q.deadline(), DAYS_BEFORE));
                if (!passed && !soon) {
                    continue;
                }
                sent += notices.send(notices.accountsOf(c.getProvider(), Role.PROVIDER),
                        (passed ? "CQUIN returns overdue: " : "CQUIN returns due soon: ") + q.label() + ", " + c.getReference(),
                        missing + " of " + own.size() + " returns for " + q.label() + " of " + c.getReference() + " "
                                + (passed ? "were due on " + q.deadline() + " and are late." : "are due by " + q.deadline() + "."),
                        c, "cquin-reminder:" + (passed ? "passed" : "soon") + ":" + c.getId() + ":" + n);
            }
        }
        return sent;
    }
}
