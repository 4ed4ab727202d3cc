package org.clinlead.portal.setup.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.commissioning.AdvicePosition;
import org.clinlead.portal.commissioning.CquinContract;
import org.clinlead.portal.commissioning.FinancialYear;
import org.clinlead.portal.commissioning.Improvement;
import org.clinlead.portal.commissioning.IndicatorAdvice;
import org.clinlead.portal.commissioning.Measurement;
import org.clinlead.portal.commissioning.PaymentOnAccount;
import org.clinlead.portal.commissioning.QualityDomain;
import org.clinlead.portal.commissioning.QualityIndicator;
import org.clinlead.portal.commissioning.QuarterlySubmission;
import org.clinlead.portal.commissioning.Reconciliation;
import org.clinlead.portal.commissioning.Side;
import org.clinlead.portal.commissioning.SubmissionEvidence;
import org.clinlead.portal.commissioning.SubmissionMessage;
import org.clinlead.portal.commissioning.Thresholds;
import org.clinlead.portal.interests.Declaration;
import org.clinlead.portal.interests.InterestDetails;
import org.clinlead.portal.interests.InterestType;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.ContentStore;
import org.clinlead.portal.shared.UkTime;

/**
 * CQUIN schemes of the demo region at different stages: Greyhaven PCT's scheme with Greyhaven Hospitals waiting
 * for the acute care lead's advice (the lead, {@code clinical.lead}, has a declared interest in the trust); its
 * agreed scheme with Northdale Community Health Services ({@code provider}) with Q1 and Q2 returns made — accepted,
 * queried and late; Marsden Vale PCT's mental health scheme signed by the commissioner and waiting for the provider;
 * and last year's community scheme, reconciled with a balance to recover. The "current" year is the one whose
 * second quarter has ended, so the returns are possible whatever the date.
 */
public final class DemoCommissioning {

    /** The demo commissioner's organisation: Greyhaven Primary Care Trust. */
    public static final int GREYHAVEN_PCT = 15;
    private static final int GREYHAVEN_HOSPITALS = 7;
    private static final int NORTHDALE_PARTNERSHIP = 9;
    private static final int NORTHDALE_COMMUNITY = 11;
    private static final int MARSDEN_VALE_PCT = 17;
    private static final String COMMISSIONER = "Grace Chaudhry";
    private static final String PROVIDER = "Kavya Kowalczyk";

    private DemoCommissioning() {
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Instant on(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(UkTime.ZONE).toInstant();
    }

    public static void seed(EntityManager em, ContentStore store, List<Clinician> clinicians, List<Organisation> organisations,
            LocalDate today, Instant now) {
        FinancialYear year = FinancialYear.of(today.minusMonths(6));
        FinancialYear last = new FinancialYear(year.startYear() - 1);
        Organisation greyhavenPct = organisations.get(GREYHAVEN_PCT);
        Organisation greyhavenHospitals = organisations.get(GREYHAVEN_HOSPITALS);
        Organisation community = organisations.get(NORTHDALE_COMMUNITY);
        Clinician acuteLead = clinicians.get(23);
        Clinician plannedLead = clinicians.get(24);
        Clinician mentalHealthLead = clinicians.get(25);
        Clinician longTermLead = clinicians.get(26);
        Pathway acute = em.find(Pathway.class, "ACUTE_CARE");
        Pathway planned = em.find(Pathway.class, "PLANNED_CARE");
        Pathway mental = em.find(Pathway.class, "MENTAL_HEALTH");
        Pathway longTerm = em.find(Pathway.class, "LONG_TERM_CONDITIONS");

        // The acute care lead's interest in the trust whose scheme waits for their advice.
        em.persist(Declaration.interest(acuteLead, new InterestDetails(InterestType.FINANCIAL, greyhavenHospitals, null, null,
                "Paid sessions as a locum consultant in the trust's emergency department", today.minusYears(1), null,
                "Declared; advice on the trust's contracts is reviewed by a second lead"), now));

        // 1. Greyhaven Hospitals, in draft: the planned care lead has advised; the acute care lead has not.
        CquinContract acuteScheme = contract(em, "GPCT-GHT-" + year.startYear(), greyhavenPct, greyhavenHospitals, year,
                "182400000.00", "1.5", now);
        indicator(em, acuteScheme, "Sepsis: antibiotics within one hour of arrival",
                "Every hour of delay in antibiotics raises the risk of death from sepsis.", QualityDomain.SAFETY, acute,
                "80", "95", Improvement.HIGHER_IS_BETTER, "40", now);
        indicator(em, acuteScheme, "Discharge summaries sent to the GP within 24 hours",
                "GPs cannot act on changes to medicines they have not been told about.", QualityDomain.EXPERIENCE, acute,
                "75", "90", Improvement.HIGHER_IS_BETTER, "30", now);
        QualityIndicator rtt = indicator(em, acuteScheme, "Referral to treatment within 18 weeks",
                "Long waits for planned care harm patients and widen inequalities.", QualityDomain.EFFECTIVENESS, planned,
                "88", "92", Improvement.HIGHER_IS_BETTER, "30", now);
        em.persist(new IndicatorAdvice(rtt, plannedLead, List.of(), null, AdvicePosition.SUPPORTS, "Achievable with the "
                + "validated waiting list.", now));
        em.flush();

        // 2. Northdale Community Health Services, agreed; Q1 and Q2 returns made.
        CquinContract communityScheme = contract(em, "GPCT-NCH-" + year.startYear(), greyhavenPct, community, year,
                "46250000.00", "2.0", now);
        List<QualityIndicator> ltc = communityIndicators(em, communityScheme, longTerm, now);
        advise(em, ltc, longTermLead, now);
        agree(em, communityScheme, ltc, year.start().plusDays(20));
        FinancialYear.Quarter q1 = year.quarter(1);
        FinancialYear.Quarter q2 = year.quarter(2);
        LocalDate q1Made = q1.deadline().minusDays(6);
        QuarterlySubmission foot1 = submit(em, ltc.get(0), 1, Measurement.proportion(d("1412"), d("1880")),
                "Foot checks recorded at annual review across the four localities.", q1Made);
        accept(foot1, q1Made.plusDays(5));
        QuarterlySubmission copd1 = submit(em, ltc.get(1), 1, Measurement.proportion(d("611"), d("1040")),
                "Plans agreed with patients at their review; audit of a sample attached.", q1Made);
        accept(copd1, q1Made.plusDays(5));
        evidence(em, store, copd1, "copd-plans-audit-q1.csv", "practice,patients,plans\nAbbey Lane,212,131\n"
                + "Beck House,198,109\nCastle Street,240,142\nDale View,390,229\n", q1Made);
        LocalDate lateDay = q1.deadline().plusDays(3);
        QuarterlySubmission visits1 = submit(em, ltc.get(2), 1, Measurement.single(d("6.4")),
                "Median days from referral to the first visit; the new triage hub opened in May.", lateDay);
        accept(visits1, lateDay.plusDays(4));
        LocalDate q2Made = q2.deadline().minusDays(2).isAfter(today) ? today : q2.deadline().minusDays(2);
        QuarterlySubmission foot2 = submit(em, ltc.get(0), 2, Measurement.proportion(d("1501"), d("1902")),
                "Improving: two localities now check feet at every diabetes review.", q2Made);
        accept(foot2, q2Made);
        QuarterlySubmission copd2 = submit(em, ltc.get(1), 2, Measurement.proportion(d("702"), d("1051")),
                "A marked rise after the respiratory nurses' training in August.", q2Made);
        copd2.query(COMMISSIONER, on(q2Made));
        em.persist(new SubmissionMessage(copd2, Side.COMMISSIONER, COMMISSIONER, "The denominator fell by 11 "
                + "since Q1 while the practices' registers grew. Which patients were excluded, and why?", "text", on(q2Made)));
        em.persist(new PaymentOnAccount(communityScheme, 1, null, COMMISSIONER, on(q1.end().plusDays(15))));
        em.persist(new PaymentOnAccount(communityScheme, 2, null, COMMISSIONER, on(q2.end().plusDays(15))));

        // 3. Marsden Vale PCT with Northdale Partnership: advised, signed by the commissioner, waiting for the provider.
        CquinContract mentalScheme = contract(em, "MVPCT-NPT-" + year.startYear(), organisations.get(MARSDEN_VALE_PCT),
                organisations.get(NORTHDALE_PARTNERSHIP), year, "88000000.00", null, now);
        List<QualityIndicator> mh = List.of(
                indicator(em, mentalScheme, "Follow-up within 72 hours of discharge from a mental health ward",
                        "The days after discharge carry the highest risk of suicide.", QualityDomain.SAFETY, mental, "80", "95",
                        Improvement.HIGHER_IS_BETTER, "60", now),
                indicator(em, mentalScheme, "Physical health checks for people with severe mental illness",
                        "People with severe mental illness die 15 to 20 years earlier, mostly of preventable illness.",
                        QualityDomain.EFFECTIVENESS, mental, "50", "70", Improvement.HIGHER_IS_BETTER, "40", now));
        advise(em, mh, mentalHealthLead, now);
        em.flush();
        mentalScheme.signForCommissioner("Marsden Vale PCT commissioning lead", mh, ids(mh), on(today.minusDays(6)));

        // 4. Last year's community scheme: every quarter accepted, paid in full on account, reconciled — to recover.
        CquinContract lastYear = contract(em, "GPCT-NCH-" + last.startYear(), greyhavenPct, community, last,
                "45000000.00", "2.0", now);
        List<QualityIndicator> before = communityIndicators(em, lastYear, longTerm, now);
        advise(em, before, longTermLead, now);
        agree(em, lastYear, before, last.start().plusDays(25));
        String[][] figures = {{"1290", "1850", "580", "1010", "8.1"}, {"1330", "1862", "590", "1022", "7.6"},
            {"1371", "1870", "598", "1030", "7.2"}, {"1392", "1876", "603", "1035", "6.9"}};
        List<QuarterlySubmission> returns = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            LocalDate made = last.quarter(q).deadline().minusDays(4);
            String[] f = figures[q - 1];
            returns.add(accept(submit(em, before.get(0), q, Measurement.proportion(d(f[0]), d(f[1])), "Quarter " + q
                    + " foot checks.", made), made.plusDays(3)));
            returns.add(accept(submit(em, before.get(1), q, Measurement.proportion(d(f[2]), d(f[3])), "Quarter " + q
                    + " self-management plans.", made), made.plusDays(3)));
            returns.add(accept(submit(em, before.get(2), q, Measurement.single(d(f[4])), "Quarter " + q
                    + " median days to first visit.", made), made.plusDays(3)));
            em.persist(new PaymentOnAccount(lastYear, q, null, COMMISSIONER, on(last.quarter(q).end().plusDays(15))));
        }
        BigDecimal paid = Reconciliation.onAccount(lastYear.cquinValue(), null).multiply(BigDecimal.valueOf(4));
        List<Reconciliation.Indicator> lines = before.stream().map(i -> new Reconciliation.Indicator(i.getName(),
                i.getWeight(), QuarterlySubmission.yearEnd(returns.stream().filter(r -> r.getIndicator() == i).toList())))
                .toList();
        lastYear.reconcile(Reconciliation.of(lastYear.cquinValue(), lines, paid), COMMISSIONER, today,
                on(last.end().plusDays(40)));
        em.flush();
        // What each scheme has earned so far, kept on the contract as the boundaries keep it.
        for (CquinContract c : List.of(acuteScheme, communityScheme, mentalScheme, lastYear)) {
            List<QualityIndicator> own = em.createQuery("select i from QualityIndicator i where i.contract = :c",
                    QualityIndicator.class).setParameter("c", c).getResultList();
            List<QuarterlySubmission> made = em.createQuery("select s from QuarterlySubmission s where s.indicator.contract = :c",
                    QuarterlySubmission.class).setParameter("c", c).getResultList();
            c.keepEarnedToDate(c.getReconciledAt() != null ? c.getEarned()
                    : Reconciliation.earnedToDate(c.cquinValue(), own, made));
        }
        em.flush();
    }

    private static CquinContract contract(EntityManager em, String reference, Organisation commissioner,
            Organisation provider, FinancialYear year, String value, String share, Instant now) {
        CquinContract c = new CquinContract(reference, commissioner, provider, year, d(value), share == null ? null : d(share),
                now);
        em.persist(c);
        return c;
    }

    private static QualityIndicator indicator(EntityManager em, CquinContract c, String name, String rationale,
            QualityDomain domain, Pathway pathway, String min, String max, Improvement improvement, String weight,
            Instant now) {
        return indicator(em, c, name, rationale, domain, pathway, new QualityIndicator.Definitions("Patients for whom "
                + name.toLowerCase(java.util.Locale.UK) + " was done, as recorded in the provider's system",
                "Eligible patients in the quarter"), null, min, max, improvement, weight, now);
    }

    private static QualityIndicator indicator(EntityManager em, CquinContract c, String name, String rationale,
            QualityDomain domain, Pathway pathway, QualityIndicator.Definitions definitions, String unit, String min, String max,
            Improvement improvement, String weight, Instant now) {
        QualityIndicator i = new QualityIndicator(c, name, rationale, domain, pathway, definitions, unit,
                new Thresholds(d(min), d(max), improvement), d(weight), now);
        em.persist(i);
        return i;
    }

    private static List<QualityIndicator> communityIndicators(EntityManager em, CquinContract c, Pathway longTerm,
            Instant now) {
        return List.of(
                indicator(em, c, "Diabetic foot checks at the annual review",
                        "Foot checks find ulcers early; most amputations in diabetes follow an ulcer.",
                        QualityDomain.EFFECTIVENESS, longTerm, "70", "85", Improvement.HIGHER_IS_BETTER, "40", now),
                indicator(em, c, "COPD patients with a self-management plan",
                        "A plan agreed with the patient halves admissions for exacerbations.", QualityDomain.EFFECTIVENESS,
                        longTerm, "50", "75", Improvement.HIGHER_IS_BETTER, "35", now),
                indicator(em, c, "Days from referral to the first community nursing visit",
                        "Patients referred from hospital need to be seen before they deteriorate at home.",
                        QualityDomain.EXPERIENCE, longTerm, null, "days", "10", "3", Improvement.LOWER_IS_BETTER, "25", now));
    }

    private static void advise(EntityManager em, List<QualityIndicator> indicators, Clinician lead, Instant now) {
        em.flush();
        for (int n = 0; n < indicators.size(); n++) {
            em.persist(new IndicatorAdvice(indicators.get(n), lead, List.of(), null, n == 1
                    ? AdvicePosition.SUPPORTS_WITH_CHANGES : AdvicePosition.SUPPORTS, n == 1 ? "Count only plans reviewed "
                    + "in the last twelve months." : "Supported.", now));
        }
    }

    private static Set<Long> ids(List<QualityIndicator> indicators) {
        return Set.copyOf(indicators.stream().map(QualityIndicator::getId).toList());
    }

    private static void agree(EntityManager em, CquinContract c, List<QualityIndicator> indicators, LocalDate on) {
        em.flush();
        c.signForCommissioner(COMMISSIONER, indicators, ids(indicators), on(on));
        c.signForProvider(PROVIDER, indicators, ids(indicators), on(on.plusDays(2)));
    }

    private static QuarterlySubmission submit(EntityManager em, QualityIndicator indicator, int quarter, Measurement m,
            String narrative, LocalDate made) {
        QuarterlySubmission s = new QuarterlySubmission(indicator, quarter, m, narrative, PROVIDER, made, on(made));
        em.persist(s);
        return s;
    }

    private static QuarterlySubmission accept(QuarterlySubmission s, LocalDate on) {
        s.accept(COMMISSIONER, on(on));
        return s;
    }

    private static void evidence(EntityManager em, ContentStore store, QuarterlySubmission s, String name, String csv,
            LocalDate on) {
        byte[] content = csv.getBytes(StandardCharsets.UTF_8);
        String sha = store.store("evidence", "csv", content);
        em.persist(new SubmissionEvidence(s, name, "csv", content.length, sha, PROVIDER, on(on)));
    }
}
