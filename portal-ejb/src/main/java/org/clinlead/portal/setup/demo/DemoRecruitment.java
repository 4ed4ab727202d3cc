package org.clinlead.portal.setup.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.appointments.Appointment;
import org.clinlead.portal.appointments.ConflictStatement;
import org.clinlead.portal.appointments.Conflicts;
import org.clinlead.portal.appointments.Criterion;
import org.clinlead.portal.appointments.LeadApplication;
import org.clinlead.portal.appointments.LeadSeat;
import org.clinlead.portal.appointments.PanelMember;
import org.clinlead.portal.appointments.Score;
import org.clinlead.portal.appointments.Vacancy;
import org.clinlead.portal.interests.Declaration;
import org.clinlead.portal.people.Clinician;

/**
 * The demo region's senior clinical leads, built through the same domain steps a real recruitment takes:
 * eleven NSR leads (one whose term ends within 90 days), two leads appointed competitively last spring,
 * and one open vacancy — Acute care, seat 2 — with an application at each stage: submitted, scored, and
 * recommended to the medical director, where a panel member's conflict (an indirect interest in the
 * candidate's trust) has been flagged and managed.
 */
public final class DemoRecruitment {

    public static final List<String> CRITERIA = List.of("Clinical credibility and leadership", "Impartiality and objectivity",
            "Track record of service improvement");

    private DemoRecruitment() {
    }

    public static void seed(EntityManager em, List<Clinician> clinicians, LocalDate today, Instant now) {
        Clinician boardMember = clinicians.get(1);
        Clinician mentor = clinicians.get(3);
        int[] nsrSeats = {1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21};
        for (int i = 0; i < nsrSeats.length; i++) {
            LocalDate start = i == 0 ? today.minusYears(Appointment.TERM_YEARS).plusDays(60) : today.minusMonths(6 + i);
            em.persist(Appointment.nsr(seat(em, nsrSeats[i]), clinicians.get(20 + i), start, "admin", now));
        }
        LocalDate spring = today.minusMonths(7);
        Instant then = now.minus(210, ChronoUnit.DAYS);
        for (int seatId : new int[] {2, 4}) {
            Clinician lead = clinicians.get(38 + seatId);
            Vacancy past = Vacancy.open(seat(em, seatId), spring.plusDays(28), "Senior clinical lead for the "
                    + seat(em, seatId).getLabel(), CRITERIA, Set.of(), "regional.md", spring, then);
            em.persist(past);
            em.persist(new PanelMember(past, mentor, true));
            em.persist(new PanelMember(past, boardMember, false));
            LeadApplication application = LeadApplication.submit(past, lead, "I have led the pathway's network for "
                    + "four years and want to carry that work into the region's plans.", true, spring.plusDays(7), then);
            em.persist(application);
            scoreAll(em, application, past, List.of(mentor, boardMember), 3, then);
            application.recommend("Highest scores on every criterion.", "mentor", then);
            em.persist(application.approve("Panel scores strong and consistent; declaration current.", "regional.md",
                    spring.plusDays(42), then));
        }

        Vacancy open = Vacancy.open(seat(em, 8), today.plusDays(21), "Senior clinical lead for acute care: shape the "
                + "region's acute care pathway, sit on its Pathway Delivery Board and the Clinical Advisory Group.",
                CRITERIA, Set.of("D"), "regional.md", today.minusDays(14), now.minus(14, ChronoUnit.DAYS));
        em.persist(open);
        em.persist(new PanelMember(open, mentor, true));
        em.persist(new PanelMember(open, boardMember, false));
        Clinician submitted = clinicians.get(45);
        Clinician scored = clinicians.get(46);
        Clinician recommended = clinicians.get(31); // works at Calderwick, where the board member's spouse works
        for (Clinician c : List.of(submitted, scored, recommended)) {
            em.persist(Declaration.nilReturn(c, today.getYear(), now.minus(20, ChronoUnit.DAYS)));
        }
        em.persist(LeadApplication.submit(open, submitted, "Twelve years as an acute physician; I chair the trust's "
                + "deteriorating-patient group.", true, today.minusDays(2), now.minus(2, ChronoUnit.DAYS)));
        LeadApplication second = LeadApplication.submit(open, scored, "Clinical director for emergency medicine; led "
                + "the region's ambulance handover improvement.", true, today.minusDays(10), now.minus(10, ChronoUnit.DAYS));
        em.persist(second);
        scoreAll(em, second, open, List.of(mentor, boardMember), 2, now.minus(5, ChronoUnit.DAYS));
        LeadApplication third = LeadApplication.submit(open, recommended, "Consultant in acute medicine; designed and "
                + "ran the same-day emergency care service, now copied by two other trusts.", true, today.minusDays(12),
                now.minus(12, ChronoUnit.DAYS));
        em.persist(third);
        List<Declaration> memberDeclarations = em.createQuery("select d from Declaration d where d.clinician = :c",
                Declaration.class).setParameter("c", boardMember).getResultList();
        for (String conflict : Conflicts.between(boardMember, memberDeclarations, recommended, today)) {
            em.persist(new ConflictStatement(third, boardMember, conflict, "My spouse works in radiology, not acute "
                    + "medicine, and has no working relationship with the candidate. I declared this to the chair, scored "
                    + "independently, and the chair reviewed my scores against the other panel member's.", "board.member",
                    now.minus(6, ChronoUnit.DAYS)));
        }
        scoreAll(em, third, open, List.of(mentor, boardMember), 4, now.minus(5, ChronoUnit.DAYS));
        third.recommend("The strongest evidence of impartial, pathway-wide leadership; unanimous panel.", "mentor",
                now.minus(3, ChronoUnit.DAYS));
        em.flush();
    }

    private static void scoreAll(EntityManager em, LeadApplication application, Vacancy vacancy, List<Clinician> panel,
            int points, Instant when) {
        for (Clinician assessor : panel) {
            for (Criterion criterion : vacancy.getCriteria()) {
                em.persist(new Score(application, assessor, criterion, points, "Evidence at interview and in the "
                        + "statement supports " + points + " of 4.", when));
            }
        }
    }

    private static LeadSeat seat(EntityManager em, long id) {
        return em.find(LeadSeat.class, id);
    }
}
