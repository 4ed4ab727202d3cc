package org.clinlead.portal.appointments;

import static org.clinlead.portal.people.Roles.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.clinlead.portal.notices.Link;
import org.clinlead.portal.notices.NoticeSender;
import org.clinlead.portal.people.Role;

/**
 * Reminders that a lead's term is ending: 90 and 30 days before the last day, to the lead (when they
 * have an account) and to every medical director. Worked out every hour; each reminder goes once.
 */
@Stateless
public class TermReminders {

    private static final Logger LOG = Logger.getLogger(TermReminders.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private NoticeSender notices;

    @Inject
    private Clock clock;

    @Inject
    private org.clinlead.portal.shared.ScheduledWork scheduledWork;

    /** Asked every ten seconds on every node; runs at minute 7 of each hour, on the one node that claims it. */
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void onSchedule() {
        if (!scheduledWork.claim("term reminders", 7)) {
            return;
        }
        int sent = sendDue();
        if (sent > 0) {
            LOG.info(() -> sent + " term reminder(s) sent");
        }
    }

    /** Sends the reminders due now (an administrator's "send now"); returns how many notices went out. */
    @RolesAllowed(ADMIN)
    public int sendNow() {
        return sendDue();
    }

    private int sendDue() {
        LocalDate today = LocalDate.now(clock);
        Set<String> directors = new LinkedHashSet<>(em.createQuery("select a.username from UserAccount a join a.roles r "
                + "where r = :md order by a.username", String.class).setParameter("md", Role.MEDICAL_DIRECTOR).getResultList());
        int sent = 0;
        for (Appointment a : InPost.leads(em, today)) {
            int days = a.reminderDueOn(today);
            if (days == 0) {
                continue;
            }
            Set<String> recipients = new LinkedHashSet<>(em.createQuery("select u.username from UserAccount u "
                    + "where u.clinician = :c", String.class).setParameter("c", a.getClinician()).getResultList());
            recipients.addAll(directors);
            sent += notices.sendShareable(recipients, "Term ending within " + days + " days: " + a.getClinician().getDisplayName(),
                    a.getClinician().getDisplayName() + "'s term as senior clinical lead in the " + a.getSeat().getLabel()
                            + " ends on " + a.lastDay() + (a.getRenewals() < Appointment.MAX_RENEWALS
                            ? ". It can be renewed once, or the seat recruited." : ". It has been renewed once already: "
                            + "recruit the seat."), Link.to(Link.Kind.ADVISORY_GROUP),
                    "term-end-" + days + ":" + a.getId() + ":" + a.lastDay());
        }
        return sent;
    }
}
