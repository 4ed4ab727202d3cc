package org.clinlead.portal.appointments;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;

/**
 * The queries for "in post on a date", written once: started, and neither run out nor ended early. Public for the
 * strategy's headline figures, which count leads as the cap does.
 */
public final class InPost {

    /** JPQL condition on an {@code Appointment} alias {@code p} with a {@code :today} parameter. */
    public static final String CONDITION = "p.termStart <= :today and ((p.endedOn is null and p.termEnd >= :today) "
            + "or p.endedOn >= :today)";

    private InPost() {
    }

    public static long count(EntityManager em, LocalDate today) {
        return em.createQuery("select count(p) from Appointment p where " + CONDITION, Long.class)
                .setParameter("today", today).getSingleResult();
    }

    /** Leads in post, with seat, area and clinician fetched, in roster order. */
    static List<Appointment> leads(EntityManager em, LocalDate today) {
        return org.clinlead.portal.shared.Persistence.fetchingOptional(org.clinlead.portal.shared.Persistence.fetching(em.createQuery("select p from Appointment p "
                        + "join fetch p.seat s join fetch p.clinician c where " + CONDITION
                        + " order by s.id", Appointment.class), "p.clinician.organisation"), "p.seat.pathway", "p.seat.programme")
                .setParameter("today", today).getResultList();
    }

    static boolean seatFilled(EntityManager em, LeadSeat seat, LocalDate today) {
        return em.createQuery("select count(p) from Appointment p where p.seat = :seat and " + CONDITION, Long.class)
                .setParameter("seat", seat).setParameter("today", today).getSingleResult() > 0;
    }
}
