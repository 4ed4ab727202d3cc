package org.clinlead.portal.setup.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinlead.portal.assurance.AssuranceLevel;
import org.clinlead.portal.assurance.AssuranceRecommendation;
import org.clinlead.portal.assurance.AssuranceReview;
import org.clinlead.portal.assurance.Rag;
import org.clinlead.portal.assurance.RecommendationStatus;
import org.clinlead.portal.assurance.ReviewCriterion;
import org.clinlead.portal.assurance.ReviewSubject;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.ContentStore;
import org.clinlead.portal.shared.PdfDocuments;
import org.clinlead.portal.shared.UkTime;

/**
 * Assurance reviews of the demo region, built through the domain's own steps: Greyhaven PCT's strategic plan,
 * concluded with limited assurance and two recommendations for {@code commissioner} (one overdue, one in progress);
 * and the urgent and emergency care programme hosted by Greyhaven Hospitals, in progress — chaired by
 * {@code national.lead}, with {@code clinical.lead} on the panel and a declared interest in the trust not yet stated.
 */
public final class DemoAssurance {

    private static final int GREYHAVEN_HOSPITALS = 7;

    private DemoAssurance() {
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(14, 0)).atZone(UkTime.ZONE).toInstant();
    }

    public static void seed(EntityManager em, ContentStore store, List<Clinician> clinicians, List<Organisation> organisations,
            LocalDate today) {
        Organisation greyhavenPct = organisations.get(DemoCommissioning.GREYHAVEN_PCT);
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;

        AssuranceReview plan = new AssuranceReview(new AssuranceReview.Scope(ReviewSubject.STRATEGIC_PLAN,
                "Greyhaven PCT strategic plan", greyhavenPct, year, year + 4,
                List.of(em.find(Pathway.class, "ACUTE_CARE"), em.find(Pathway.class, "LONG_TERM_CONDITIONS")), Set.of("A", "C")),
                "Amira Ashworth", at(today.minusDays(150)));
        attach(plan, store, "Greyhaven PCT strategic plan", today.minusDays(148));
        plan.setPanel(List.of(clinicians.get(20), clinicians.get(21), clinicians.get(22)), clinicians.get(22), at(today.minusDays(145)));
        Rag[][] ratings = {
            {Rag.AMBER, Rag.GREEN, Rag.AMBER, Rag.GREEN, Rag.RED, Rag.AMBER},
            {Rag.AMBER, Rag.AMBER, Rag.AMBER, Rag.GREEN, Rag.RED, Rag.RED},
            {Rag.GREEN, Rag.AMBER, Rag.RED, Rag.GREEN, Rag.AMBER, Rag.AMBER}};
        String[] comments = {"Clinicians were consulted late, on a draft already agreed.", "Evidence cited for most changes.",
            "No measure of harm from longer journeys.", "Maps well onto the acute and long-term conditions pathways.",
            "No workforce plan for the new community teams.", "Outcome measures named but without baselines."};
        for (int m = 0; m < 3; m++) {
            for (int c = 0; c < plan.getCriteria().size(); c++) {
                ReviewCriterion criterion = plan.getCriteria().get(c);
                plan.rate(criterion, clinicians.get(20 + m), List.of(), ratings[m][c], comments[c], at(today.minusDays(120 - m)));
            }
        }
        plan.conclude(clinicians.get(22), List.of(), AssuranceLevel.LIMITED, "The plan's direction is sound and fits the "
                + "strategy's pathways, but it cannot yet show how the community teams will be staffed or how patient "
                + "outcomes will be measured against a baseline.", List.of(
                new AssuranceRecommendation.Draft("A workforce plan for the new community teams, agreed with the providers",
                        "commissioner", today.minusDays(10)),
                new AssuranceRecommendation.Draft("Baselines for every outcome measure, reported quarterly to the board",
                        "commissioner", today.plusDays(60))),
                Map.of("commissioner", clinicians.get(6).getDisplayName()), today.minusDays(110), at(today.minusDays(110)));
        plan.getRecommendations().get(1).update(RecommendationStatus.IN_PROGRESS, "Baselines agreed for four of six measures.",
                at(today.minusDays(20)));
        em.persist(plan);

        AssuranceReview programme = new AssuranceReview(new AssuranceReview.Scope(ReviewSubject.TRANSFORMATION_PROGRAMME,
                "Urgent and emergency care transformation programme", organisations.get(GREYHAVEN_HOSPITALS), year, year + 2,
                List.of(em.find(Pathway.class, "ACUTE_CARE")), Set.of("A")), "Amira Ashworth", at(today.minusDays(25)));
        attach(programme, store, "Urgent and emergency care transformation programme", today.minusDays(24));
        programme.setPanel(List.of(clinicians.get(DemoReconfigurations.CHAIR_CLINICIAN), clinicians.get(23), clinicians.get(20)),
                clinicians.get(DemoReconfigurations.CHAIR_CLINICIAN), at(today.minusDays(20)));
        for (int c = 0; c < 3; c++) {
            programme.rate(programme.getCriteria().get(c), clinicians.get(20), List.of(), c == 2 ? Rag.AMBER : Rag.GREEN,
                    comments[c], at(today.minusDays(10)));
        }
        em.persist(programme);
    }

    private static void attach(AssuranceReview r, ContentStore store, String title, LocalDate on) {
        byte[] pdf = PdfDocuments.text(title, List.of("Demo region: an invented plan for trying the portal.",
                "1. Case for change", "2. Pathways and services", "3. Workforce", "4. Outcome measures"));
        r.attachPlan(title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".pdf", store.store("evidence", "pdf", pdf),
                pdf.length, at(on));
    }
}
