package org.clinlead.portal.setup.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.advice.AdviceRequest;
import org.clinlead.portal.advice.AdviceSubject;
import org.clinlead.portal.advice.Urgency;
import org.clinlead.portal.appointments.Programme;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.reconfiguration.ConditionStatus;
import org.clinlead.portal.reconfiguration.EvidenceItem;
import org.clinlead.portal.reconfiguration.Judgement;
import org.clinlead.portal.reconfiguration.Reconfiguration;
import org.clinlead.portal.reconfiguration.Recommendation;
import org.clinlead.portal.shared.UkTime;

/**
 * Reconfiguration proposals of the demo region, built through the same domain steps a real review takes: Greyhaven
 * PCT's hyper-acute stroke proposal at clinical review, its evidence partly judged, with the acute care lead on the
 * panel not yet having stated how their interest in Greyhaven Hospitals is managed (chair: the NSR lead at
 * Brackenfield, {@code national.lead}); Eastholme's midwife-led unit supported with conditions (one met) and decided;
 * Kettleby's minor injuries closure not supported and closed; and Northdale Community's community-bed hubs just
 * submitted, waiting for its panel. {@code commissioner} has asked the urgent and emergency care programme's leads
 * (among them {@code national.lead}) for advice on the stroke proposal.
 */
public final class DemoReconfigurations {

    /** The NSR lead at Brackenfield Hospitals who chairs the stroke review ({@code national.lead}). */
    public static final int CHAIR_CLINICIAN = 30;

    private static final int FERNLEY_HOSPITALS = 6;
    private static final int GREYHAVEN_HOSPITALS = 7;
    private static final int EASTHOLME_HOSPITALS = 5;
    private static final int NORTHDALE_COMMUNITY = 11;
    private static final int EASTHOLME_PCT = 14;
    private static final int KETTLEBY_PCT = 16;

    private DemoReconfigurations() {
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 30)).atZone(UkTime.ZONE).toInstant();
    }

    public static void seed(EntityManager em, List<Clinician> clinicians, List<Organisation> organisations, LocalDate today) {
        Clinician chair = clinicians.get(CHAIR_CLINICIAN);
        Clinician acuteLead = clinicians.get(23);

        // 1. At clinical review, evidence partly judged; the acute care lead's interest not yet stated.
        Reconfiguration stroke = new Reconfiguration(new Reconfiguration.CaseForChange(
                "Hyper-acute stroke care on two sites",
                "Hyper-acute stroke units at Greyhaven General and Fernley Royal; the unit at Greyhaven Community Hospital "
                        + "becomes a stroke rehabilitation ward.",
                "Only 38 % of patients are thrombolysed within the hour today, against 80 % in units seeing more than 600 "
                        + "strokes a year. Concentrating hyper-acute care on two sites staffed around the clock would bring "
                        + "specialist assessment, imaging and thrombolysis within the hour for every patient.",
                "1. Keep three units and extend consultant cover. 2. Two hyper-acute units (preferred). 3. One unit for "
                        + "the whole region.", Set.of("A")),
                organisations.get(DemoCommissioning.GREYHAVEN_PCT), List.of(organisations.get(GREYHAVEN_HOSPITALS),
                        organisations.get(FERNLEY_HOSPITALS)), em.find(Pathway.class, "ACUTE_CARE"), "commissioner",
                "Greyhaven PCT commissioning team", at(today.minusDays(40)));
        em.persist(stroke);
        evidence(stroke, 0, "Sentinel audit 2025/26 for the three units; SSNAP scores C, D and D.", today.minusDays(38));
        evidence(stroke, 1, "Six public meetings, 412 survey responses; summary of themes attached to the case.", today.minusDays(38));
        evidence(stroke, 2, "Letters of support from 31 of the 40 Greyhaven practices.", today.minusDays(37));
        evidence(stroke, 5, "Ambulance modelling: 96 % of the population within 45 minutes of a unit.", today.minusDays(36));
        stroke.setPanel(List.of(chair, acuteLead, clinicians.get(20)), chair, at(today.minusDays(30)));
        stroke.judge(stroke.getItems().get(0), chair, List.of(), Judgement.MET, "A clear, audited case.", false, at(today.minusDays(20)));
        stroke.judge(stroke.getItems().get(1), clinicians.get(20), List.of(), Judgement.PARTLY_MET,
                "No meetings were held on the coast, where travel times grow most.", false, at(today.minusDays(19)));
        stroke.judge(stroke.getItems().get(2), chair, List.of(), Judgement.MET, null, false, at(today.minusDays(18)));
        em.flush();
        // Advice asked of a key programme's leads (urgent and emergency care: national.lead) about the proposal.
        em.persist(new AdviceRequest(new AdviceRequest.Question("Can the ambulance service carry suspected strokes from "
                + "the coast to Fernley Royal at night within the hour?", "Part of the case for two hyper-acute units; the "
                + "panel judged public engagement on the coast only partly met.", null,
                em.find(Programme.class, "URGENT_EMERGENCY"), Set.of("A"), List.of(organisations.get(GREYHAVEN_HOSPITALS)),
                today.plusDays(12), Urgency.ROUTINE), AdviceSubject.RECONFIGURATION, stroke.getId(),
                stroke.getTitle() + " (" + stroke.getSponsor().getName() + ")", "commissioner",
                clinicians.get(6).getDisplayName(), at(today.minusDays(3)), today.minusDays(3)));

        // 2. Supported with conditions, decided; one condition met.
        Reconfiguration maternity = new Reconfiguration(new Reconfiguration.CaseForChange(
                "A midwife-led birth unit at Eastholme",
                "A freestanding midwife-led unit at Eastholme Community Hospital, alongside the obstetric unit at Eastholme General.",
                "Women at low risk ask for births closer to home outside an obstetric unit; the unit would offer choice "
                        + "and free obstetric beds for women who need them.", null, Set.of("B")),
                organisations.get(EASTHOLME_PCT), List.of(organisations.get(EASTHOLME_HOSPITALS)),
                em.find(Pathway.class, "MATERNITY_NEWBORN"), "admin", "Eastholme PCT", at(today.minusDays(200)));
        em.persist(maternity);
        for (int i = 0; i < maternity.getItems().size(); i++) {
            evidence(maternity, i, "Submitted with the case for change (section " + (i + 1) + ").", today.minusDays(195));
        }
        maternity.setPanel(List.of(clinicians.get(21), clinicians.get(22), clinicians.get(24)), clinicians.get(22),
                at(today.minusDays(180)));
        judgeAll(maternity, clinicians.get(22), Judgement.MET, today.minusDays(150));
        maternity.judge(maternity.getItems().get(5), clinicians.get(21), List.of(), Judgement.PARTLY_MET,
                "Transfer times to the obstetric unit need an agreed protocol with the ambulance service.", false,
                at(today.minusDays(149)));
        maternity.recommend(clinicians.get(22), List.of(), Recommendation.SUPPORTED_WITH_CONDITIONS,
                "A safe model with strong support from women and midwives, provided transfers are governed.",
                List.of("A transfer protocol agreed with the ambulance service before the unit opens",
                        "An audit of transfers and outcomes after the first 12 months"), at(today.minusDays(140)));
        maternity.getConditions().get(0).settle(ConditionStatus.MET, "Protocol signed by the ambulance trust's medical director.",
                "Eastholme PCT", at(today.minusDays(60)));
        maternity.recordDecision("The PCT board approved the unit, opening next spring with the panel's conditions.",
                today.minusDays(120), today, at(today.minusDays(118)));

        // 3. Not supported, closed.
        Reconfiguration minorInjuries = new Reconfiguration(new Reconfiguration.CaseForChange(
                "Closing the Kettleby minor injuries unit overnight",
                "Kettleby Minor Injuries Unit, 22:00 to 08:00.",
                "Fewer than four patients attend each night; staff would move to the daytime service.", null, Set.of()),
                organisations.get(KETTLEBY_PCT), List.of(organisations.get(NORTHDALE_COMMUNITY)),
                em.find(Pathway.class, "ACUTE_CARE"), "admin", "Kettleby PCT", at(today.minusDays(300)));
        em.persist(minorInjuries);
        evidence(minorInjuries, 0, "Attendance figures for two years.", today.minusDays(298));
        minorInjuries.setPanel(List.of(clinicians.get(25), clinicians.get(26), clinicians.get(27)), clinicians.get(25),
                at(today.minusDays(280)));
        judgeAll(minorInjuries, clinicians.get(25), Judgement.NOT_MET, today.minusDays(250));
        minorInjuries.judge(minorInjuries.getItems().get(0), clinicians.get(26), List.of(), Judgement.PARTLY_MET,
                "Attendances are low, but who attends at night (children, farm injuries) is not analysed.", false,
                at(today.minusDays(249)));
        minorInjuries.judge(minorInjuries.getItems().get(6), clinicians.get(27), List.of(), Judgement.NOT_MET,
                "The equality impact assessment names no group; the travellers' site nearby was not consulted.", true,
                at(today.minusDays(248)));
        minorInjuries.recommend(clinicians.get(25), List.of(), Recommendation.NOT_SUPPORTED,
                "The case does not show where night-time patients would go, nor how they would get there.", null,
                at(today.minusDays(240)));
        minorInjuries.recordDecision("The proposal is withdrawn; the PCT will review urgent care across the valley instead.",
                today.minusDays(230), today, at(today.minusDays(229)));
        minorInjuries.close(at(today.minusDays(220)));

        // 4. Just submitted by the provider, waiting for its panel.
        Reconfiguration beds = new Reconfiguration(new Reconfiguration.CaseForChange(
                "Community beds in two hubs",
                "Community inpatient beds at Marsden and Ashby Moor community hospitals move to two hubs with therapy seven days a week.",
                "Small wards cannot staff therapy at weekends; patients stay four days longer than in larger units.",
                "1. Keep five wards. 2. Two hubs (preferred). 3. Beds in care homes with in-reach.", Set.of("D")),
                organisations.get(NORTHDALE_COMMUNITY), List.of(organisations.get(DemoCommissioning.GREYHAVEN_PCT)),
                em.find(Pathway.class, "LONG_TERM_CONDITIONS"), "provider", "Northdale Community Health Services",
                at(today.minusDays(6)));
        em.persist(beds);
        evidence(beds, 4, "Therapy rotas for the five wards: no weekend cover on three.", today.minusDays(5));
    }

    private static void evidence(Reconfiguration r, int item, String text, LocalDate on) {
        r.submitEvidence(r.getItems().get(item), text, at(on));
    }

    private static void judgeAll(Reconfiguration r, Clinician who, Judgement judgement, LocalDate on) {
        for (EvidenceItem i : r.getItems()) {
            r.judge(i, who, List.of(), judgement, judgement == Judgement.MET ? null : "The evidence does not answer this item.",
                    false, at(on));
        }
    }
}
