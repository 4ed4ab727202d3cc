package org.clinlead.portal.setup.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clinlead.portal.advice.AdviceOutcome;
import org.clinlead.portal.advice.AdviceRequest;
import org.clinlead.portal.advice.AdviceSubject;
import org.clinlead.portal.advice.Urgency;
import org.clinlead.portal.commissioning.FinancialYear;
import org.clinlead.portal.interests.Declaration;
import org.clinlead.portal.interests.InterestDetails;
import org.clinlead.portal.interests.InterestType;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.organisations.OrganisationType;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.profiles.IndicatorKind;
import org.clinlead.portal.profiles.PeriodType;
import org.clinlead.portal.profiles.Polarity;
import org.clinlead.portal.profiles.Practice;
import org.clinlead.portal.profiles.ProfileIndicator;
import org.clinlead.portal.shared.UkTime;

/**
 * Practice profiles and advice requests of the demo region: a catalogue of ten indicators; Greyhaven PCT's area of
 * 40 practices (the region's twelve and 28 more) and 20 in Marsden Vale, with eight quarters of values ending with the
 * last quarter ended — spread more widely than chance (so the overdispersion adjustment matters) and with real
 * outliers: Harbour Road's emergency admissions and flu uptake, Kiln Croft's antibiotic prescribing, Dale View's
 * diabetes control. The practice manager of Abbey Lane Surgery ({@code practice.manager}) sees their own practice.
 * Five requests for advice: one overdue, one waiting, one being answered, one answered and one closed as partly
 * followed. The acute care lead's spouse is a partner at Harbour Road (a declared interest the advice flow flags).
 */
public final class DemoProfiles {

    /** Index of Abbey Lane Surgery among the region's organisations (the first of its twelve practices). */
    public static final int FIRST_PRACTICE = 18;
    private static final int PRACTICES_IN_REGION = 12;
    private static final int MARSDEN_VALE_PCT = 17;
    private static final int GREYHAVEN_HOSPITALS = 7;

    private record Def(String code, String name, String definition, IndicatorKind kind, Polarity polarity, String source,
            String pathway, String aims, double base, double denominatorShare, double spread) {
    }

    private static final List<Def> CATALOGUE = List.of(
            new Def("DM-HBA1C", "Diabetes: HbA1c 58 mmol/mol or less", "Patients on the diabetes register whose last HbA1c "
                    + "in the preceding 12 months is 58 mmol/mol or less, of all patients on the register.",
                    IndicatorKind.PROPORTION, Polarity.HIGHER_IS_BETTER, "QOF extract (practice systems)",
                    "LONG_TERM_CONDITIONS", "C", 0.66, 0.07, 0.05),
            new Def("FLU-65", "Flu vaccination uptake, aged 65 and over", "Registered patients aged 65 and over vaccinated "
                    + "against flu since 1 September, of all registered patients aged 65 and over.",
                    IndicatorKind.PROPORTION, Polarity.HIGHER_IS_BETTER, "ImmForm", "STAYING_HEALTHY", "B", 0.72, 0.18, 0.04),
            new Def("ABX-ITEMS", "Antibiotic items prescribed per 1,000 patients", "Antibacterial items dispensed in the "
                    + "quarter per 1,000 registered patients.", IndicatorKind.RATE_PER_1000, Polarity.LOWER_IS_BETTER,
                    "ePACT2 prescribing data", "STAYING_HEALTHY", "", 0.145, 1, 0.15),
            new Def("ACSC-ADM", "Emergency admissions for ambulatory care sensitive conditions per 1,000", "Emergency "
                    + "admissions of registered patients for conditions usually managed in primary care (asthma, COPD, "
                    + "diabetes complications, angina…) in the quarter, per 1,000 registered patients.",
                    IndicatorKind.RATE_PER_1000, Polarity.LOWER_IS_BETTER, "Hospital Episode Statistics", "ACUTE_CARE", "B",
                    0.0034, 1, 0.15),
            new Def("CANCER-2WW", "Cancer two-week-wait referrals per 1,000", "Urgent referrals for suspected cancer in the "
                    + "quarter per 1,000 registered patients.", IndicatorKind.RATE_PER_1000, Polarity.NEITHER,
                    "Cancer Waiting Times dataset", "PLANNED_CARE", "", 0.0075, 1, 0.12),
            new Def("BP-CONTROL", "Hypertension: blood pressure 150/90 or less", "Patients on the hypertension register whose "
                    + "last blood pressure reading is 150/90 mmHg or less, of all on the register.",
                    IndicatorKind.PROPORTION, Polarity.HIGHER_IS_BETTER, "QOF extract (practice systems)",
                    "LONG_TERM_CONDITIONS", "", 0.78, 0.14, 0.04),
            new Def("SMI-CHECK", "Serious mental illness: physical health check", "Patients on the serious mental illness "
                    + "register with all six physical health checks in the last 12 months, of all on the register.",
                    IndicatorKind.PROPORTION, Polarity.HIGHER_IS_BETTER, "Practice systems", "MENTAL_HEALTH", "",
                    0.42, 0.009, 0.08),
            new Def("CERV-SCREEN", "Cervical screening coverage, aged 25 to 64", "Eligible women aged 25 to 64 adequately "
                    + "screened within the recommended interval, of all eligible women.", IndicatorKind.PROPORTION,
                    Polarity.HIGHER_IS_BETTER, "Cervical screening programme", "STAYING_HEALTHY", "B", 0.74, 0.27, 0.04),
            new Def("AE-ATTEND", "A&E attendances per 1,000", "Attendances at type 1 emergency departments by registered "
                    + "patients in the quarter, per 1,000 registered patients.", IndicatorKind.RATE_PER_1000,
                    Polarity.LOWER_IS_BETTER, "Emergency Care Data Set", "ACUTE_CARE", "", 0.078, 1, 0.1),
            new Def("EOL-REGISTER", "Deaths with a palliative care register entry", "Registered patients who died in the "
                    + "quarter and were on the palliative care register before death, of all registered patients who died.",
                    IndicatorKind.PROPORTION, Polarity.HIGHER_IS_BETTER, "Practice systems and death registrations",
                    "END_OF_LIFE", "", 0.38, 0.0025, 0.1));

    private DemoProfiles() {
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(11, 0)).atZone(UkTime.ZONE).toInstant();
    }

    public static void seed(EntityManager em, List<Clinician> clinicians, List<Organisation> organisations, LocalDate today,
            Instant now) {
        Organisation greyhaven = organisations.get(DemoCommissioning.GREYHAVEN_PCT);
        Organisation marsden = organisations.get(MARSDEN_VALE_PCT);
        Random random = new Random(2026);
        List<Practice> practices = new ArrayList<>();
        for (int i = 0; i < PRACTICES_IN_REGION; i++) {
            practices.add(practice(em, organisations.get(FIRST_PRACTICE + i), greyhaven, random));
        }
        String[] more = {"Mill Race", "Northgate", "Orchard", "Priory", "Quarry Bank", "Riverside", "St Anne's", "Tannery Yard",
            "Upper Mill", "Victoria", "Wharf Street", "Yew Tree", "Ashfield", "Bridge End", "Chapel Row", "Deer Park",
            "Eastgate", "Fell View", "Granary", "Holme Lane", "Ivy House", "Juniper", "Kingsway", "Larch Grove", "Moorside",
            "Netherfield", "Oakwood", "Pennine", "Rosehill", "Saltings", "Thornbury", "Underbank", "Valley Road",
            "Westfield", "Yarrow", "Alder Court", "Birchwood", "Cragside", "Dovecote", "Elmfield", "Foxhill", "Glebe",
            "Hawthorn", "Ironbridge", "Jasmine", "Kestrel", "Lowfield", "Maple"};
        for (int i = 0; i < 48; i++) {
            Organisation o = new Organisation(more[i] + (i % 3 == 0 ? " Surgery" : i % 3 == 1 ? " Medical Practice"
                    : " Health Centre"), OrganisationType.GP_PRACTICE, String.format("Z%05d", PRACTICES_IN_REGION + 1 + i));
            em.persist(o);
            practices.add(practice(em, o, i < 28 ? greyhaven : marsden, random));
        }
        List<ProfileIndicator> indicators = new ArrayList<>();
        for (Def d : CATALOGUE) {
            ProfileIndicator indicator = new ProfileIndicator(d.code(), d.name(), d.definition(), d.kind(), d.polarity(),
                    d.source(), PeriodType.QUARTER, em.find(Pathway.class, d.pathway()),
                    d.aims().isEmpty() ? List.of() : List.of(d.aims()));
            em.persist(indicator);
            indicators.add(indicator);
        }
        em.flush();
        values(em, practices, indicators, lastQuarters(today, 8), random);

        Clinician acuteLead = clinicians.get(23);
        Organisation harbourRoad = organisations.get(FIRST_PRACTICE + 7);
        em.persist(Declaration.interest(acuteLead, new InterestDetails(InterestType.INDIRECT, harbourRoad, null,
                "Spouse (a GP partner)", "Spouse is a GP partner at Harbour Road Medical Practice", today.minusYears(4), null,
                "Declared; does not advise on the practice's contract"), now));
        advice(em, clinicians, organisations, indicators, harbourRoad, today);
    }

    private static Practice practice(EntityManager em, Organisation o, Organisation area, Random random) {
        Practice p = new Practice(o, area, 2_500 + random.nextInt(13_500));
        em.persist(p);
        return p;
    }

    /** The last {@code n} financial quarters that have ended, oldest first, as "2025/26 Q3". */
    static List<String> lastQuarters(LocalDate today, int n) {
        FinancialYear year = FinancialYear.of(today);
        int index = year.startYear() * 4;
        for (int q = 1; q <= 4; q++) {
            if (year.quarter(q).end().isBefore(today)) {
                index = year.startYear() * 4 + q;
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = index - n; i < index; i++) {
            int start = i / 4;
            out.add(start + "/" + String.format("%02d", (start + 1) % 100) + " Q" + (i % 4 + 1));
        }
        return out;
    }

    /** Eight quarters of counts: a practice effect (overdispersion), noise, and the named outliers. */
    private static void values(EntityManager em, List<Practice> practices, List<ProfileIndicator> indicators,
            List<String> periods, Random random) {
        StringBuilder sql = new StringBuilder();
        int pending = 0;
        for (int d = 0; d < CATALOGUE.size(); d++) {
            Def def = CATALOGUE.get(d);
            ProfileIndicator indicator = indicators.get(d);
            for (int p = 0; p < practices.size(); p++) {
                Practice practice = practices.get(p);
                double effect = random.nextGaussian() * def.spread();
                for (int t = 0; t < periods.size(); t++) {
                    double drift = 1 + (t - periods.size() / 2.0) * 0.004;
                    double rate = def.base() * drift * (1 + effect + outlier(def.code(), practice.getCode(), t));
                    long den = Math.max(5, Math.round(practice.getListSize() * def.denominatorShare()
                            * (1 + random.nextGaussian() * 0.02)));
                    double expected = rate * den;
                    long num = Math.max(0, Math.round(expected + random.nextGaussian() * Math.sqrt(Math.max(1, expected))));
                    if (def.kind() == IndicatorKind.PROPORTION) {
                        num = Math.min(num, den);
                    }
                    sql.append(pending == 0 ? "" : ", ").append('(').append(practice.getOrganisation().getId()).append(", ")
                            .append(indicator.getId()).append(", '").append(periods.get(t)).append("', ").append(num)
                            .append(", ").append(den).append(')');
                    if (++pending == 400) {
                        insert(em, sql);
                        pending = 0;
                    }
                }
            }
        }
        if (pending > 0) {
            insert(em, sql);
        }
    }

    private static void insert(EntityManager em, StringBuilder rows) {
        em.createNativeQuery("insert into profile_value (practice_id, indicator_id, period, numerator, denominator) values "
                + rows).executeUpdate();
        rows.setLength(0);
    }

    /** The shifts that make the demo's outliers (relative to the indicator's base), growing over the last quarters. */
    private static double outlier(String indicator, String practice, int quarter) {
        double ramp = quarter < 4 ? 0.5 : 1;
        return switch (indicator + "|" + practice) {
            case "ACSC-ADM|Z00008" -> 1.4 * ramp;
            case "FLU-65|Z00008" -> -0.3 * ramp;
            case "ABX-ITEMS|Z00011" -> 0.8 * ramp;
            case "ABX-ITEMS|Z00003" -> -0.35;
            case "DM-HBA1C|Z00004" -> -0.3 * ramp;
            case "AE-ATTEND|Z00020" -> 0.5;
            case "SMI-CHECK|Z00015" -> 0.6;
            default -> 0;
        };
    }

    private static void advice(EntityManager em, List<Clinician> clinicians, List<Organisation> organisations,
            List<ProfileIndicator> indicators, Organisation harbourRoad, LocalDate today) {
        String requester = "commissioner";
        String name = clinicians.get(6).getDisplayName();
        Clinician acuteLead = clinicians.get(23);
        Clinician plannedLead = clinicians.get(24);
        Clinician mentalHealthLead = clinicians.get(25);
        ProfileIndicator acsc = indicators.get(3);
        ProfileIndicator hba1c = indicators.get(0);
        ProfileIndicator cancer = indicators.get(4);
        ProfileIndicator smi = indicators.get(6);
        ProfileIndicator ae = indicators.get(8);

        // 1. Overdue, not yet accepted.
        LocalDate raised = today.minusDays(21);
        em.persist(new AdviceRequest(new AdviceRequest.Question("Harbour Road's emergency admissions for ambulatory care "
                + "sensitive conditions are above the 99.8 % limit for the second quarter running. What should we ask of "
                + "the practice, and is a COPD in-reach service the right response?", "Funnel plot attached in the "
                + "profile; the practice has a high share of patients over 75.", acsc.getPathway(), null, List.of("B"),
                List.of(harbourRoad), today.minusDays(4), Urgency.URGENT), AdviceSubject.PROFILE_INDICATOR, acsc.getId(),
                acsc.getName() + " (" + acsc.getCode() + ")", requester, name, at(raised), raised));

        // 2. Waiting, due in ten days.
        raised = today.minusDays(3);
        em.persist(new AdviceRequest(new AdviceRequest.Question("Dale View's diabetes control has fallen for four quarters. "
                + "Would a structured education programme or a diabetes specialist nurse session be the better investment?",
                null, hba1c.getPathway(), null, List.of(), List.of(organisations.get(FIRST_PRACTICE + 3)), today.plusDays(10),
                Urgency.ROUTINE), AdviceSubject.PROFILE_INDICATOR, hba1c.getId(), hba1c.getName() + " (" + hba1c.getCode()
                + ")", requester, name, at(raised), raised));

        // 3. Being answered by the mental health lead.
        raised = today.minusDays(8);
        AdviceRequest smiRequest = new AdviceRequest(new AdviceRequest.Question("Which practices should the SMI physical "
                + "health check incentive target first?", null, smi.getPathway(), null, List.of("B"), List.of(), today.plusDays(6),
                Urgency.ROUTINE), AdviceSubject.PROFILE_INDICATOR, smi.getId(), smi.getName() + " (" + smi.getCode() + ")",
                requester, name, at(raised), raised);
        smiRequest.accept(mentalHealthLead, at(raised.plusDays(1)));
        em.persist(smiRequest);

        // 4. Answered by the planned care lead; the commissioner has still to say what happened.
        raised = today.minusDays(30);
        AdviceRequest cancerRequest = new AdviceRequest(new AdviceRequest.Question("Our two-week-wait referral rates vary "
                + "threefold between practices. Is this a concern, and what would you audit?", null, cancer.getPathway(), null,
                List.of(), List.of(), raised.plusDays(21), Urgency.ROUTINE), AdviceSubject.PROFILE_INDICATOR, cancer.getId(),
                cancer.getName() + " (" + cancer.getCode() + ")", requester, name, at(raised), raised);
        cancerRequest.accept(plannedLead, at(raised.plusDays(2)));
        cancerRequest.answer("Variation of this size is expected with differing age profiles: compare age-standardised "
                + "rates before acting. Audit conversion rates (cancers found per referral) at the two lowest-referring "
                + "practices; low referral with low conversion suggests missed presentations.",
                "Audit conversion at the two lowest-referring practices.", List.of(), at(raised.plusDays(9)));
        em.persist(cancerRequest);

        // 5. Closed: partly followed.
        raised = today.minusDays(60);
        AdviceRequest aeRequest = new AdviceRequest(new AdviceRequest.Question("Should we fund a GP streaming service at "
                + "the front door of Greyhaven Hospitals to reduce A&E attendances?", "Attendances per 1,000 have risen "
                + "for six quarters across the area.", ae.getPathway(), null, List.of("E"),
                List.of(organisations.get(GREYHAVEN_HOSPITALS)), raised.plusDays(14), Urgency.ROUTINE),
                AdviceSubject.PROFILE_INDICATOR, ae.getId(), ae.getName() + " (" + ae.getCode() + ")", requester, name,
                at(raised), raised);
        aeRequest.accept(acuteLead, at(raised.plusDays(1)));
        aeRequest.stateInterest(List.of("Paid sessions as a locum consultant in the trust's emergency department "
                + "(financial)"), "The advice was reviewed by the planned care lead, who has no interest in the trust.");
        aeRequest.answer("GP streaming reduces attendances only where the streamed cases are seen by primary care "
                + "clinicians with access to the practice record. Fund a six-month pilot with that condition, and measure "
                + "re-attendance within 7 days.", "A six-month pilot with access to the practice record.", List.of(
                        "Paid sessions as a locum consultant in the trust's emergency department (financial)"),
                at(raised.plusDays(7)));
        aeRequest.recordOutcome(AdviceOutcome.PARTLY_FOLLOWED, "The pilot is funded for three months, not six, within "
                + "this year's budget.", at(raised.plusDays(20)));
        em.persist(aeRequest);
    }
}
