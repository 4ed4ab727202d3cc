package org.clinlead.portal.setup.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.projects.ChangeProject;
import org.clinlead.portal.projects.DataPoint;
import org.clinlead.portal.projects.Direction;
import org.clinlead.portal.projects.Measure;
import org.clinlead.portal.projects.MeasureType;
import org.clinlead.portal.projects.PdsaCycle;
import org.clinlead.portal.projects.ProjectStatus;
import org.clinlead.portal.projects.SpreadLevel;

/**
 * Change projects for the demo region: {@code aspiring.leader}'s sepsis project with three measures whose
 * series show the kinds of special cause (a shift and rising run on the outcome, an outlier of concern
 * on the process measure, common cause on the balancing measure) and a PDSA cycle where the change began;
 * and nine projects by other participants at every status and spread level, two of them closed (the library).
 */
public final class DemoProjects {

    private DemoProjects() {
    }

    public static void seed(EntityManager em, List<Clinician> clinicians, List<Organisation> organisations, LocalDate today,
            Instant now) {
        Random random = new Random(7);
        LocalDate began = today.minusWeeks(40);
        Clinician leader = clinicians.get(4);
        ChangeProject sepsis = new ChangeProject(leader, "Sepsis six within the hour", "Only six in ten patients with "
                + "sepsis in the emergency department get all of the sepsis six within an hour of arrival.",
                "the share of patients with sepsis given all of the sepsis six within an hour", "from 60% to 90%",
                today.plusMonths(6), "Emergency department", leader.getOrganisation(),
                em.find(org.clinlead.portal.pathways.Pathway.class, "ACUTE_CARE"), Set.of("B", "D"), began, began.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        em.persist(sepsis);
        sepsis.progress(ProjectStatus.TESTING, new BigDecimal("3.5"));
        sepsis.spreadTo(SpreadLevel.WITHIN_UNIT);
        Measure outcome = new Measure(sepsis, "Sepsis six within the hour", MeasureType.OUTCOME, "%", Direction.INCREASE, 90.0,
                "Patients coded with sepsis in the week who received all six elements within 60 minutes of arrival, "
                        + "as a percentage of all patients coded with sepsis that week.");
        Measure process = new Measure(sepsis, "Minutes to antibiotics", MeasureType.PROCESS, "minutes", Direction.DECREASE,
                60.0, "Median minutes from arrival to first antibiotic dose for patients coded with sepsis, per week.");
        Measure balancing = new Measure(sepsis, "Emergency department length of stay", MeasureType.BALANCING, "hours",
                Direction.DECREASE, null, "Mean length of stay in the department for all attendances, per week.");
        em.persist(outcome);
        em.persist(process);
        em.persist(balancing);
        for (int week = 0; week < 30; week++) {
            LocalDate date = today.minusWeeks(30 - week);
            double base = week < 14 ? 60 : Math.min(82, 62 + (week - 13) * 1.8);
            em.persist(new DataPoint(outcome, date, round(base + random.nextGaussian() * 3), "aspiring.leader", now));
            sepsis.dataRecordedFor(date);
            double minutes = week == 9 ? 142 : 72 - (week < 14 ? 0 : 8) + random.nextGaussian() * 6;
            em.persist(new DataPoint(process, date, round(minutes), "aspiring.leader", now));
            em.persist(new DataPoint(balancing, date, round(4.1 + random.nextGaussian() * 0.3), "aspiring.leader", now));
        }
        em.persist(new PdsaCycle(sepsis, "Sepsis grab bags in every majors cubicle", "Antibiotics within the hour for most "
                + "patients", "Bags stocked daily by the nurse in charge", "Antibiotics sooner; bags sometimes empty at night",
                org.clinlead.portal.projects.ActDecision.ADAPT, today.minusWeeks(16), today.minusWeeks(12),
                Set.of(outcome, process), "aspiring.leader"));

        String[][] others = {
            {"Fewer missed insulin doses", "TESTING", "WITHIN_UNIT", "LONG_TERM_CONDITIONS"},
            {"Discharge before noon", "IMPLEMENTING", "ACROSS_ORGANISATION", "ACUTE_CARE"},
            {"Falls huddles on elderly care wards", "SUSTAINING", "ACROSS_ORGANISATION", "ACUTE_CARE"},
            {"Safer opioid prescribing at discharge", "SPREADING", "ACROSS_ORGANISATIONS", "ACUTE_CARE"},
            {"Early warning scores on maternity wards", "PLANNING", "NOT_YET", "MATERNITY_NEWBORN"},
            {"Pressure ulcer prevention in the community", "IDEA", "NOT_YET", "LONG_TERM_CONDITIONS"},
            {"Same-day frailty assessment", "CLOSED", "ACROSS_ORGANISATIONS", "ACUTE_CARE"},
            {"Virtual fracture clinic", "CLOSED", "WITHIN_UNIT", "PLANNED_CARE"},
            {"Paediatric asthma plans", "TESTING", "NOT_YET", "CHILDREN_YOUNG_PEOPLE"}};
        for (int i = 0; i < others.length; i++) {
            Clinician owner = clinicians.get(48 + i);
            ChangeProject p = new ChangeProject(owner, others[i][0], "A problem the team measured before starting.",
                    "the result the patients notice", "by a third", today.plusMonths(4 + i), "Ward " + (i + 1),
                    owner.getOrganisation(), em.find(org.clinlead.portal.pathways.Pathway.class, others[i][3]), Set.of("B"), began, began.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            em.persist(p);
            p.progress(ProjectStatus.valueOf(others[i][1]), new BigDecimal(i % 2 == 0 ? "3.0" : "4.0"));
            p.spreadTo(SpreadLevel.valueOf(others[i][2]));
        }
        em.flush();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
