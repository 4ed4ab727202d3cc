package org.clinlead.portal.setup.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.clinlead.portal.boards.Board;
import org.clinlead.portal.cohort.CoachingModel;
import org.clinlead.portal.cohort.CoachingSession;
import org.clinlead.portal.cohort.Cohort;
import org.clinlead.portal.cohort.CohortApplication;
import org.clinlead.portal.cohort.FollowUpResponse;
import org.clinlead.portal.cohort.FollowUpRound;
import org.clinlead.portal.cohort.Participant;
import org.clinlead.portal.cohort.Selection;
import org.clinlead.portal.cohort.SupporterRole;
import org.clinlead.portal.cohort.Sustained;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.people.UserAccount;
import org.clinlead.portal.projects.Adoption;
import org.clinlead.portal.projects.ChangeProject;
import org.clinlead.portal.projects.DataPoint;
import org.clinlead.portal.projects.Direction;
import org.clinlead.portal.projects.Measure;
import org.clinlead.portal.projects.MeasureType;
import org.clinlead.portal.projects.ProjectComment;
import org.clinlead.portal.projects.ProjectStatus;
import org.clinlead.portal.projects.Referral;
import org.clinlead.portal.projects.SpreadLevel;

/**
 * The programme's cohorts for the demo region, built through the domain's own steps: a past cohort
 * (three years ago) whose alumni answered two follow-up rounds, one of them now a senior clinical lead; the
 * current cohort with {@code aspiring.leader} and the owners of the demo projects at every stage, mentored
 * by {@code mentor}, one withdrawn, one completed, one ready to complete; and next year's cohort taking
 * applications at each step (support awaited by a medical director, support recorded, waitlisted,
 * declined, selected without a mentor yet). The spreading opioid project is adopted by two other trusts
 * and put forward to the Acute care board.
 */
public final class DemoCohorts {

    private static final String PM = "programme.manager";

    private DemoCohorts() {
    }

    public static void seed(EntityManager em, List<Clinician> clinicians, List<Organisation> organisations, LocalDate today,
            Instant now) {
        UserAccount mentor = em.createQuery("select a from UserAccount a where a.username = 'mentor'", UserAccount.class)
                .getSingleResult();
        Pathway acute = em.find(Pathway.class, "ACUTE_CARE");
        Set<Pathway> pathways = Set.of(acute, em.find(Pathway.class, "MATERNITY_NEWBORN"),
                em.find(Pathway.class, "LONG_TERM_CONDITIONS"), em.find(Pathway.class, "CHILDREN_YOUNG_PEOPLE"),
                em.find(Pathway.class, "PLANNED_CARE"));
        Random random = new Random(11);

        // The past cohort and its follow-up.
        LocalDate pastStart = today.minusYears(3);
        Cohort past = new Cohort("Cohort " + pastStart.getYear(), pastStart, pastStart.plusYears(1), 120,
                new BigDecimal("4500"), pathways, now);
        em.persist(past);
        int[] alumni = {5, 7, 8, 9, 11, 12, 13, 14, 15, 6, 40, 17, 18};
        java.util.List<Participant> pastParticipants = new java.util.ArrayList<>();
        String[] pastProjects = {"Hospital at home for heart failure", "Nurse-led cardioversion", "Enhanced recovery after hip surgery",
            "Community IV antibiotics", "Perinatal mental health liaison", "Diabetic foot rapid access", "Same-day chest pain pathway",
            "Inhaler technique checks in pharmacies", "Advance care plans in care homes", "Stroke early supported discharge",
            "Acute kidney injury alerts", "Breastfeeding peer support", "Asthma reviews in schools"};
        for (int i = 0; i < alumni.length; i++) {
            Clinician c = clinicians.get(alumni[i]);
            Participant p = enrol(em, past, c, i % 3 == 0 ? acute : pathways.iterator().next(), mentor, pastStart.minusDays(40),
                    now);
            ChangeProject project = new ChangeProject(c, pastProjects[i], "A gap in care the team measured before starting.",
                    "the outcome patients notice", "by a quarter", pastStart.plusMonths(10), "Service " + (i + 1),
                    c.getOrganisation(), p.getPathway(), Set.of("B", i % 2 == 0 ? "D" : "C"), pastStart, now);
            project.belongTo(p.getId());
            project.progress(i < 10 ? (i % 3 == 0 ? ProjectStatus.SPREADING : i % 3 == 1 ? ProjectStatus.SUSTAINING
                    : ProjectStatus.CLOSED) : ProjectStatus.TESTING, new BigDecimal(i < 10 ? "4.0" : "2.5"));
            project.spreadTo(SpreadLevel.values()[i % 4]);
            em.persist(project);
            if (i < 11) {
                p.reflect("Measuring first changed how I lead: the team believed the chart before they believed me.");
                p.complete(true, pastStart.plusYears(1));
            } else {
                p.withdraw(i == 11 ? "Moved to a post outside the region" : "Long-term sickness absence");
            }
            pastParticipants.add(p);
        }
        em.flush();
        FollowUpRound first = new FollowUpRound(past, today.minusMonths(13), PM);
        FollowUpRound second = new FollowUpRound(past, today.minusDays(20), PM);
        em.persist(first);
        em.persist(second);
        String[] roles = {"Consultant physician", "Ward manager", "Advanced nurse practitioner", "Consultant midwife",
            "GP partner", "Lead pharmacist", "Matron"};
        for (int i = 0; i < 11; i++) {
            Participant p = pastParticipants.get(i);
            FollowUpResponse one = new FollowUpResponse(first, p);
            boolean leader = i % 4 == 0;
            one.answer(roles[i % roles.length], leader ? "Clinical director for the service" : null, i != 5,
                    i % 5 == 4 ? Sustained.NO : i % 3 == 0 ? Sustained.YES : Sustained.PARTLY, i % 3, 80 + random.nextInt(400),
                    20 + random.nextInt(200), BigDecimal.valueOf(2000 + random.nextInt(18000)), first.getOpenedOn().plusDays(5), now);
            em.persist(one);
            if (i < 8) {
                FollowUpResponse two = new FollowUpResponse(second, p);
                two.answer(roles[(i + 1) % roles.length], leader || i == 2 ? "Clinical director; regional network chair" : null,
                        i != 5 && i != 7, i % 5 == 4 ? Sustained.NO : Sustained.YES, 1 + i % 2, 120 + random.nextInt(500),
                        40 + random.nextInt(250), BigDecimal.valueOf(5000 + random.nextInt(25000)),
                        second.getOpenedOn().plusDays(3), now);
                em.persist(two);
            }
        }

        // The current cohort: aspiring.leader and the owners of the demo projects.
        LocalDate currentStart = today.minusMonths(4);
        Cohort current = new Cohort("Cohort " + currentStart.getYear() + " (autumn)", currentStart, currentStart.plusYears(1),
                120, new BigDecimal("5000"), pathways, now);
        em.persist(current);
        int[] participants = {4, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57};
        for (int index : participants) {
            Clinician c = clinicians.get(index);
            List<ChangeProject> projects = em.createQuery("select p from ChangeProject p where p.owner = :c",
                    ChangeProject.class).setParameter("c", c).getResultList();
            Pathway pathway = projects.isEmpty() || projects.get(0).getPathway() == null
                    || !current.covers(projects.get(0).getPathway()) ? acute : projects.get(0).getPathway();
            Participant p = enrol(em, current, c, pathway, mentor, currentStart.minusDays(30), now);
            projects.forEach(project -> project.belongTo(p.getId()));
            if (index == 57) {
                p.withdraw("Returned to full-time clinical duties after a service reconfiguration");
            } else if (index == 54) {
                p.reflect("The frailty team now owns the pathway; I learned to let go of it.");
                p.complete(true, today.minusDays(14));
            } else if (index == 48) {
                p.reflect("Small tests of change beat the big launch I had planned.");
            }
        }
        em.flush();
        Participant leader = em.createQuery("select p from Participant p where p.cohort = :c and p.clinician = :me",
                Participant.class).setParameter("c", current).setParameter("me", clinicians.get(4)).getSingleResult();
        em.persist(new CoachingSession(leader, mentor, today.minusWeeks(10), CoachingModel.GROW,
                "Agree the outcome measure's operational definition with the coding team; collect 12 weeks of baseline.",
                "Worried about the night team's buy-in; talked about finding a champion.", today, now));
        em.persist(new CoachingSession(leader, mentor, today.minusWeeks(3), CoachingModel.CLEAR,
                "Present the run chart at the departmental meeting; plan the second PDSA cycle on night shifts.",
                "Much more confident; the chart did the persuading.", today, now));
        ChangeProject sepsis = em.createQuery("select p from ChangeProject p where p.owner = :me", ChangeProject.class)
                .setParameter("me", clinicians.get(4)).getResultList().get(0);
        em.persist(new ProjectComment(sepsis, "mentor", mentor.getDisplayName(), "The shift after the grab bags is convincing. "
                + "Before the next cycle, check the balancing measure each week.", now));

        // The spreading opioid project: an outcome measure with a sustained shift, two adopting trusts, the board.
        ChangeProject opioid = em.createQuery("select p from ChangeProject p where p.title = :t", ChangeProject.class)
                .setParameter("t", "Safer opioid prescribing at discharge").getSingleResult();
        Measure days = new Measure(opioid, "Discharges with more than three days of opioids", MeasureType.OUTCOME, "%",
                Direction.DECREASE, 10.0, "Adult discharges with a strong opioid supplied for more than three days, as a "
                        + "percentage of adult discharges with any strong opioid, per week.");
        em.persist(days);
        for (int week = 0; week < 26; week++) {
            LocalDate date = today.minusWeeks(26 - week);
            double base = week < 12 ? 34 : 18;
            em.persist(new DataPoint(days, date, Math.round((base + random.nextGaussian() * 2.5) * 10) / 10.0, "system", now));
            opioid.dataRecordedFor(date);
        }
        for (Organisation adopter : List.of(organisations.get(2), organisations.get(5))) {
            if (!adopter.getId().equals(opioid.getOrganisation().getId())) {
                em.persist(new Adoption(opioid, adopter, today.minusWeeks(8), today, "system"));
            }
        }
        Board acuteBoard = em.createQuery("select b from Board b where b.pathway.code = 'ACUTE_CARE'", Board.class)
                .getSingleResult();
        em.persist(new Referral(opioid, acuteBoard, true, "Adopted by two other trusts; the board could make it the region's "
                + "standard at discharge.", "system", now));

        // Next year's cohort, taking applications at every step.
        LocalDate nextStart = today.plusMonths(2);
        Cohort next = new Cohort("Cohort " + nextStart.getYear() + " (spring)", nextStart, nextStart.plusYears(1), 120,
                new BigDecimal("5000"), pathways, now);
        em.persist(next);
        CohortApplication awaiting = new CohortApplication(next, clinicians.get(58), acute, "I run the acute frailty unit "
                + "and want to cut readmissions within 30 days.", "Dr Amira Ashworth", SupporterRole.MEDICAL_DIRECTOR, today,
                now);
        em.persist(awaiting);
        CohortApplication supported = new CohortApplication(next, clinicians.get(59), acute, "Our ward's falls rate is the "
                + "highest in the trust; I want to lead the change.", "Sister Olwen Okafor", SupporterRole.LINE_MANAGER, today, now);
        supported.confirmSupport("Sister Olwen Okafor (line manager, recorded by the programme manager)", now);
        em.persist(supported);
        CohortApplication waitlisted = new CohortApplication(next, clinicians.get(35), acute, "Sepsis screening in the "
                + "community.", "Dr Dev Dalby", SupporterRole.MEDICAL_DIRECTOR, today, now);
        waitlisted.confirmSupport("Dr Dev Dalby (medical director)", now);
        waitlisted.decide(Selection.WAITLIST, "Strong application; the acute care set is full for now.", PM, now);
        em.persist(waitlisted);
        CohortApplication declined = new CohortApplication(next, clinicians.get(36), acute, "I would like leadership "
                + "training.", "Mr Lewis Lindqvist", SupporterRole.LINE_MANAGER, today, now);
        declined.decide(Selection.DECLINE, "The statement does not yet name a service to improve; please apply again "
                + "with a problem your team has measured.", PM, now);
        em.persist(declined);
        CohortApplication selected = new CohortApplication(next, clinicians.get(37), em.find(Pathway.class, "MATERNITY_NEWBORN"),
                "Continuity of carer for women from the most deprived areas.", "Dr Farid Fairclough",
                SupporterRole.MEDICAL_DIRECTOR, today, now);
        selected.confirmSupport("Dr Farid Fairclough (medical director)", now);
        selected.decide(Selection.SELECT, null, PM, now);
        em.persist(selected);
        em.persist(new Participant(selected, today));
        em.flush();
    }

    /** Applies, has support confirmed, is selected and matched with the mentor (with a reason if the same trust). */
    private static Participant enrol(EntityManager em, Cohort cohort, Clinician clinician, Pathway pathway, UserAccount mentor,
            LocalDate appliedOn, Instant now) {
        CohortApplication application = new CohortApplication(cohort, clinician, pathway, "I want to improve "
                + "a service my patients depend on.", "Dr Amira Ashworth", SupporterRole.MEDICAL_DIRECTOR, appliedOn, now);
        application.confirmSupport("Dr Amira Ashworth (medical director)", now);
        application.decide(Selection.SELECT, null, PM, now);
        em.persist(application);
        Participant participant = new Participant(application, cohort.getStartsOn());
        boolean sameTrust = mentor.getClinician().getOrganisation().getId().equals(clinician.getOrganisation().getId());
        participant.assignMentor(mentor, sameTrust ? "The only mentor with experience of this specialty; "
                + "works on a different site." : null);
        em.persist(participant);
        em.flush(); // its id ties projects to the place
        return participant;
    }
}
