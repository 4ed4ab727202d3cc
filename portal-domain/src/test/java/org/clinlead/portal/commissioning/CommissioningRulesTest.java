package org.clinlead.portal.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinlead.portal.testing.Ids.withId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import org.clinlead.portal.pathways.Pathway;
import java.util.Set;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.organisations.OrganisationType;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class CommissioningRulesTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void achievementIsNothingBelowTheMinimumAllAtTheMaximumAndInProportionBetween() {
        Thresholds higher = new Thresholds(d("60"), d("90"), Improvement.HIGHER_IS_BETTER);
        assertThat(higher.achievement(d("59.99"))).isEqualByComparingTo("0");
        assertThat(higher.achievement(d("60"))).isEqualByComparingTo("0");
        assertThat(higher.achievement(d("75"))).isEqualByComparingTo("0.5");
        assertThat(higher.achievement(d("80"))).isEqualByComparingTo("0.6667");
        assertThat(higher.achievement(d("90"))).isEqualByComparingTo("1");
        assertThat(higher.achievement(d("99"))).isEqualByComparingTo("1");
        assertThat(higher.achievement(null)).as("nothing submitted earns nothing").isEqualByComparingTo("0");
    }

    @Test
    void achievementIsMirroredWhenLowerIsBetter() {
        Thresholds lower = new Thresholds(d("12"), d("4"), Improvement.LOWER_IS_BETTER);
        assertThat(lower.achievement(d("12.5"))).isEqualByComparingTo("0");
        assertThat(lower.achievement(d("12"))).isEqualByComparingTo("0");
        assertThat(lower.achievement(d("8"))).isEqualByComparingTo("0.5");
        assertThat(lower.achievement(d("4"))).isEqualByComparingTo("1");
        assertThat(lower.achievement(d("0"))).isEqualByComparingTo("1");
    }

    @Test
    void thresholdsOnTheWrongSideOrNegativeAreRefused() {
        assertThatThrownBy(() -> new Thresholds(d("90"), d("60"), Improvement.HIGHER_IS_BETTER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("minimum must be below the maximum");
        assertThatThrownBy(() -> new Thresholds(d("4"), d("12"), Improvement.LOWER_IS_BETTER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be above the maximum");
        assertThatThrownBy(() -> new Thresholds(d("60"), d("60"), Improvement.HIGHER_IS_BETTER))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Thresholds(d("-1"), d("60"), Improvement.HIGHER_IS_BETTER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> new Thresholds(null, d("60"), null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theCquinShareIsOneAndAHalfPerCentByDefaultAndAtMostTwoAndAHalf() {
        assertThat(CquinShare.of(null)).isEqualByComparingTo("1.5");
        assertThat(CquinShare.of(d("2.5"))).isEqualByComparingTo("2.5");
        assertThat(CquinShare.of(d("0"))).isEqualByComparingTo("0");
        assertThatThrownBy(() -> CquinShare.of(d("2.51"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("between 0 and 2.5 %");
        assertThatThrownBy(() -> CquinShare.of(d("-0.1"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void weightsAddUpToExactlyAHundred() {
        Weights.check(List.of(d("50"), d("30"), d("20")));
        Weights.check(List.of(d("33.33"), d("33.33"), d("33.34")));
        assertThatThrownBy(() -> Weights.check(List.of(d("50"), d("30"), d("19.99"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("add up to 99.99 %");
        assertThatThrownBy(() -> Weights.check(List.of(d("100"), d("0")))).hasMessageContaining("above 0 %");
        assertThatThrownBy(() -> Weights.check(List.of())).hasMessageContaining("at least one indicator");
    }

    @Test
    void paymentAndReconciliationAreInPenceRoundedPerIndicatorAndThenSummed() {
        // £12,345,678.90 at 1.5 %: 185,185.1835 → £185,185.18.
        BigDecimal cquin = Reconciliation.cquinValue(d("12345678.90"), null);
        assertThat(cquin).isEqualByComparingTo("185185.18");
        assertThat(Reconciliation.onAccount(cquin, null)).as("a quarter of it, 100 % planned").isEqualByComparingTo("46296.30");
        assertThat(Reconciliation.onAccount(cquin, d("50"))).isEqualByComparingTo("23148.15");
        // Three indicators of about a third each, each two-thirds achieved.
        Reconciliation.Statement statement = Reconciliation.of(cquin, List.of(
                new Reconciliation.Indicator("Sepsis screening", d("33.33"), d("0.6667")),
                new Reconciliation.Indicator("Falls", d("33.33"), d("0.6667")),
                new Reconciliation.Indicator("Discharge letters", d("33.34"), d("0.6667"))), d("138888.90"));
        // 185185.18 × 33.33 / 100 × 0.6667 = 41150.2044… → 41150.20 (twice); × 33.34 → 41162.5507… → 41162.55.
        assertThat(statement.lines()).extracting(Reconciliation.Line::earned).map(BigDecimal::toPlainString)
                .containsExactly("41150.20", "41150.20", "41162.55");
        assertThat(statement.earned()).isEqualByComparingTo("123462.95");
        assertThat(statement.balance()).as("earned less paid on account").isEqualByComparingTo("-15425.95");
        assertThat(statement.toRecover()).isTrue();
        assertThat(statement.dueToProvider()).isFalse();
        assertThatThrownBy(() -> Reconciliation.cquinValue(d("-1"), null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Reconciliation.onAccount(cquin, d("101"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theFinancialYearRunsAprilToMarchAndReturnsAreDueTwentyWorkingDaysAfterTheQuarter() {
        FinancialYear year = FinancialYear.of(LocalDate.of(2026, 11, 30));
        assertThat(year.label()).isEqualTo("2026/27");
        assertThat(FinancialYear.of(LocalDate.of(2027, 3, 31)).startYear()).isEqualTo(2026);
        assertThat(FinancialYear.of(LocalDate.of(2027, 4, 1)).startYear()).isEqualTo(2027);
        FinancialYear.Quarter q1 = year.quarter(1);
        assertThat(q1.start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(q1.end()).isEqualTo(LocalDate.of(2026, 6, 30));
        // Tuesday 30 June 2026 + 20 working days (four weeks) = Tuesday 28 July 2026.
        assertThat(q1.deadline()).isEqualTo(LocalDate.of(2026, 7, 28));
        assertThat(q1.isLate(LocalDate.of(2026, 7, 28))).isFalse();
        assertThat(q1.isLate(LocalDate.of(2026, 7, 29))).isTrue();
        assertThat(year.quarter(4).end()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(year.quarter(3).hasEnded(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(year.quarter(2).hasEnded(LocalDate.of(2026, 10, 1))).isTrue();
        assertThatThrownBy(() -> year.quarter(5)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aProportionsNumeratorCannotExceedItsDenominatorAndNothingIsNegative() {
        assertThat(Measurement.proportion(d("45"), d("60")).result()).isEqualByComparingTo("75.00");
        assertThat(Measurement.proportion(d("1"), d("3")).result()).isEqualByComparingTo("33.33");
        assertThat(Measurement.single(d("7.5")).result()).isEqualByComparingTo("7.5");
        assertThatThrownBy(() -> Measurement.proportion(d("61"), d("60"))).hasMessageContaining("cannot be more than");
        assertThatThrownBy(() -> Measurement.proportion(d("-1"), d("60"))).hasMessageContaining("negative");
        assertThatThrownBy(() -> Measurement.proportion(d("1"), d("0"))).hasMessageContaining("above 0");
        assertThatThrownBy(() -> Measurement.single(d("-2"))).hasMessageContaining("negative");
    }

    private final Instant now = Instant.parse("2026-11-30T10:00:00Z");
    private final Organisation pct = new Organisation("Northdale PCT", OrganisationType.PRIMARY_CARE_TRUST, "5N1");
    private final Organisation trust = new Organisation("Fernley Hospitals NHS Trust", OrganisationType.ACUTE_TRUST, "RZF");

    private final Pathway acute = new Pathway() {
    };

    private CquinContract contract() {
        return new CquinContract("NPCT-FHT-2026", pct, trust, new FinancialYear(2026), d("12345678.90"), null, now);
    }

    private QualityIndicator indicator(CquinContract contract, String name, String weight, long id) {
        return withId(new QualityIndicator(contract, name, "Why it matters", QualityDomain.SAFETY, acute,
                new QualityIndicator.Definitions("Patients screened within an hour", "Patients admitted"), null,
                new Thresholds(d("60"), d("90"), Improvement.HIGHER_IS_BETTER), d(weight), now), id);
    }

    @Test
    void aContractIsBetweenAPrimaryCareTrustAndAProviderWithAValueAndAShareAtRisk() {
        CquinContract contract = contract();
        assertThat(contract.getCquinShare()).isEqualByComparingTo("1.5");
        assertThat(contract.cquinValue()).isEqualByComparingTo("185185.18");
        assertThat(contract.year().label()).isEqualTo("2026/27");
        assertThat(contract.getStatus()).isEqualTo(SchemeStatus.DRAFT);
        assertThatThrownBy(() -> new CquinContract("X", trust, trust, new FinancialYear(2026), d("1"), null, now))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("primary care trust");
        assertThatThrownBy(() -> new CquinContract("X", pct, pct, new FinancialYear(2026), d("1"), null, now))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("provider is a trust");
        assertThatThrownBy(() -> new CquinContract("X", pct, trust, new FinancialYear(2026), d("0"), null, now))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("above 0");
        assertThatThrownBy(() -> new CquinContract("X", pct, trust, new FinancialYear(2026), d("1"), d("3"), now))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("2.5 %");
        assertThatThrownBy(() -> new QualityIndicator(contract, "Delayed discharges", "Why", QualityDomain.EXPERIENCE, acute,
                null, " ", new Thresholds(d("10"), d("2"), Improvement.LOWER_IS_BETTER), d("50"), now))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("unit");
    }

    @Test
    void aSchemeIsAgreedByBothSidesOnceEveryIndicatorIsAdvisedAndTheWeightsMakeAHundredThenFrozen() {
        CquinContract contract = contract();
        assertThat(contract.agreementBlockers(List.of(), Set.of())).containsExactly("The scheme has no indicators yet.");
        QualityIndicator sepsis = indicator(contract, "Sepsis screening", "60", 1L);
        QualityIndicator falls = indicator(contract, "Falls with harm", "30", 2L);
        List<QualityIndicator> scheme = List.of(sepsis, falls);
        assertThat(contract.agreementBlockers(scheme, Set.of(1L))).containsExactly(
                "The indicators' weights add up to 90 %; they must add up to exactly 100 %.",
                "Clinical advice is still awaited on: Falls with harm.");
        QualityIndicator letters = indicator(contract, "Discharge letters", "10", 3L);
        List<QualityIndicator> full = List.of(sepsis, falls, letters);
        assertThatThrownBy(() -> contract.signForCommissioner("Commissioner", full, Set.of(1L, 2L), now))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Discharge letters");
        contract.signForCommissioner("Commissioner", full, Set.of(1L, 2L, 3L), now);
        assertThat(contract.getStatus()).as("one side only").isEqualTo(SchemeStatus.DRAFT);
        contract.signForProvider("Quality lead", full, Set.of(1L, 2L, 3L), now);
        assertThat(contract.getStatus()).isEqualTo(SchemeStatus.AGREED);
        assertThatThrownBy(() -> indicator(contract, "Late addition", "5", 4L)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("variation");
        assertThat(contract.agreementBlockers(full, Set.of(1L, 2L, 3L))).containsExactly("The scheme is already agreed.");
    }

    @Test
    void aLeadWithALiveInterestInTheProviderRecordsHowItIsManagedBeforeAdvising() {
        CquinContract contract = contract();
        QualityIndicator sepsis = indicator(contract, "Sepsis screening", "100", 1L);
        Clinician lead = null;
        List<String> interest = List.of("Financial interest in Fernley Hospitals NHS Trust: paid advisory role");
        assertThatThrownBy(() -> new IndicatorAdvice(sepsis, lead, interest, " ", AdvicePosition.SUPPORTS, null, now))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("declared interest in Fernley Hospitals NHS Trust").hasMessageContaining("managed");
        IndicatorAdvice managed = new IndicatorAdvice(sepsis, lead, interest, "Advice reviewed by a second lead",
                AdvicePosition.SUPPORTS, null, now);
        assertThat(managed.getDeclaredInterest()).contains("paid advisory role");
        assertThat(managed.getInterestHandling()).isEqualTo("Advice reviewed by a second lead");
        IndicatorAdvice plain = new IndicatorAdvice(sepsis, lead, List.of(), "ignored", AdvicePosition.SUPPORTS, "", now);
        assertThat(plain.getDeclaredInterest()).isNull();
        assertThat(plain.getInterestHandling()).isNull();
        assertThatThrownBy(() -> new IndicatorAdvice(sepsis, lead, List.of(), null, AdvicePosition.DOES_NOT_SUPPORT, " ",
                now)).isInstanceOf(InvalidInputException.class).hasMessageContaining("Say why");
        assertThatThrownBy(() -> new IndicatorAdvice(sepsis, lead, List.of(), null, AdvicePosition.SUPPORTS_WITH_CHANGES,
                null, now)).isInstanceOf(InvalidInputException.class).hasMessageContaining("what should change");
        assertThatThrownBy(() -> new IndicatorAdvice(sepsis, lead, List.of(), null, null, null, now))
                .isInstanceOf(InvalidInputException.class);
    }

    /** The one indicator of an agreed scheme. */
    private QualityIndicator agreedIndicator() {
        CquinContract contract = contract();
        QualityIndicator indicator = indicator(contract, "Sepsis screening", "100", 1L);
        contract.signForCommissioner("Commissioner", List.of(indicator), Set.of(1L), now);
        contract.signForProvider("Quality lead", List.of(indicator), Set.of(1L), now);
        return indicator;
    }

    @Test
    void aReturnIsMadeForAnEndedQuarterOfAnAgreedSchemeAndIsLateAfterTwentyWorkingDays() {
        CquinContract draft = contract();
        QualityIndicator early = indicator(draft, "Sepsis screening", "100", 1L);
        Measurement m = Measurement.proportion(d("80"), d("100"));
        LocalDate afterQ1 = LocalDate.of(2026, 7, 1);
        assertThatThrownBy(() -> new QuarterlySubmission(early, 1, m, "On track", "provider", afterQ1, now))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not agreed");
        QualityIndicator sepsis = agreedIndicator();
        CquinContract contract = sepsis.getContract();
        assertThatThrownBy(() -> new QuarterlySubmission(sepsis, 1, m, "Too soon", "provider", LocalDate.of(2026, 6, 30),
                now)).isInstanceOf(InvalidInputException.class).hasMessageContaining("ends on 30 June 2026");
        assertThatThrownBy(() -> new QuarterlySubmission(sepsis, 5, m, "x", "provider", afterQ1, now))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1 to 4");
        assertThatThrownBy(() -> new QuarterlySubmission(sepsis, 1, Measurement.single(d("4")), "x", "provider", afterQ1,
                now)).isInstanceOf(InvalidInputException.class).hasMessageContaining("proportion");
        // Q1 2026/27 ends on Tuesday 30 June; 20 working days later is Tuesday 28 July.
        LocalDate deadline = contract.year().quarter(1).deadline();
        assertThat(deadline).isEqualTo(LocalDate.of(2026, 7, 28));
        assertThat(new QuarterlySubmission(sepsis, 1, m, "On time", "provider", deadline, now).isLate()).isFalse();
        assertThat(new QuarterlySubmission(sepsis, 1, m, "Late", "provider", deadline.plusDays(1), now).isLate()).isTrue();
    }

    @Test
    void theCommissionerAcceptsQueriesOrRejectsAndOnlyAnAcceptedReturnEarns() {
        QualityIndicator sepsis = agreedIndicator();
        CquinContract contract = sepsis.getContract();
        LocalDate later = LocalDate.of(2027, 5, 1);
        QuarterlySubmission q1 = new QuarterlySubmission(sepsis, 1, Measurement.proportion(d("75"), d("100")), "Q1",
                "provider", later, now);
        assertThat(q1.achievement()).isNull();
        q1.query("commissioner", now);
        assertThatThrownBy(() -> q1.accept("commissioner", now)).hasMessageContaining("once the provider has answered");
        q1.resubmit(Measurement.proportion(d("78"), d("100")), "Corrected after audit", "provider", now);
        q1.accept("commissioner", now);
        assertThat(q1.achievement()).isEqualByComparingTo("0.6"); // (78 − 60) ÷ (90 − 60)
        assertThatThrownBy(() -> q1.resubmit(Measurement.proportion(d("90"), d("100")), "x", "provider", now))
                .hasMessageContaining("accepted");
        QuarterlySubmission q2 = new QuarterlySubmission(sepsis, 2, Measurement.proportion(d("95"), d("100")), "Q2",
                "provider", later, now);
        assertThatThrownBy(() -> q2.reject("commissioner", " ", now)).isInstanceOf(InvalidInputException.class);
        q2.reject("commissioner", "The audit sample was not the agreed one", now);
        assertThat(q2.achievement()).isNull();
        assertThat(QuarterlySubmission.yearEnd(List.of(q1, q2))).as("latest accepted").isEqualByComparingTo("0.6");
        assertThat(QuarterlySubmission.yearEnd(List.of(q2))).isEqualByComparingTo("0");
    }

    @Test
    void paymentsOnAccountAndTheYearEndAreSettledInPenceOnceTheYearHasEnded() {
        CquinContract contract = agreedIndicator().getContract();
        assertThatThrownBy(() -> new PaymentOnAccount(contract(), 1, null, "commissioner", now))
                .hasMessageContaining("draft");
        PaymentOnAccount q1 = new PaymentOnAccount(contract, 1, null, "commissioner", now);
        assertThat(q1.getAmount()).isEqualByComparingTo("46296.30"); // 185,185.18 ÷ 4, half-up
        PaymentOnAccount q2 = new PaymentOnAccount(contract, 2, d("50"), "commissioner", now);
        assertThat(q2.getAmount()).isEqualByComparingTo("23148.15");
        Reconciliation.Statement statement = Reconciliation.of(contract.cquinValue(),
                List.of(new Reconciliation.Indicator("Sepsis screening", d("100"), d("0.6"))),
                q1.getAmount().add(q2.getAmount()));
        assertThatThrownBy(() -> contract.reconcile(statement, "commissioner", LocalDate.of(2027, 3, 31), now))
                .hasMessageContaining("ends on 31 March 2027");
        contract.reconcile(statement, "commissioner", LocalDate.of(2027, 4, 1), now);
        assertThat(contract.getEarned()).isEqualByComparingTo("111111.11");
        assertThat(contract.getBalance()).isEqualByComparingTo("41666.66");
        assertThatThrownBy(() -> contract.reconcile(statement, "commissioner", LocalDate.of(2027, 4, 2), now))
                .hasMessageContaining("already reconciled");
        assertThatThrownBy(() -> new PaymentOnAccount(contract, 3, null, "commissioner", now))
                .hasMessageContaining("reconciled");
    }

    @Test
    void quartersOneToThreeAreJudgedAgainstTheirMilestonesOrReportedOnlyAndTheYearEndAgainstTheGoal() {
        CquinContract contract = contract();
        QualityIndicator sepsis = indicator(contract, "Sepsis screening", "100", 1L);
        sepsis.milestones(List.of(Milestone.reportOnly(1), Milestone.of(2, new Thresholds(d("50"), d("70"),
                Improvement.HIGHER_IS_BETTER))));
        assertThatThrownBy(() -> sepsis.milestones(List.of(Milestone.of(3, new Thresholds(d("70"), d("50"),
                Improvement.LOWER_IS_BETTER))))).hasMessageContaining("minimum");
        assertThatThrownBy(() -> Milestone.reportOnly(4)).hasMessageContaining("quarter 4");
        assertThatThrownBy(() -> sepsis.milestones(List.of(Milestone.reportOnly(2), Milestone.reportOnly(2))))
                .hasMessageContaining("two milestones");
        contract.signForCommissioner("Commissioner", List.of(sepsis), Set.of(1L), now);
        contract.signForProvider("Quality lead", List.of(sepsis), Set.of(1L), now);
        assertThatThrownBy(() -> sepsis.milestones(List.of())).hasMessageContaining("variation");
        LocalDate later = LocalDate.of(2027, 5, 1);
        Measurement sixty = Measurement.proportion(d("60"), d("100"));
        QuarterlySubmission q1 = new QuarterlySubmission(sepsis, 1, sixty, "Q1", "provider", later, now);
        QuarterlySubmission q2 = new QuarterlySubmission(sepsis, 2, sixty, "Q2", "provider", later, now);
        QuarterlySubmission q3 = new QuarterlySubmission(sepsis, 3, sixty, "Q3", "provider", later, now);
        for (QuarterlySubmission q : List.of(q1, q2, q3)) {
            q.accept("commissioner", now);
        }
        assertThat(q1.achievement()).as("report only").isNull();
        assertThat(q2.achievement()).as("milestone 50 to 70").isEqualByComparingTo("0.5");
        assertThat(q3.achievement()).as("no milestone: the year-end 60 to 90").isEqualByComparingTo("0");
        assertThat(QuarterlySubmission.yearEnd(List.of(q1, q2))).as("Q2's 60 % against the year-end goal")
                .isEqualByComparingTo("0");
    }

    @Test
    void anAgreedSchemeChangesOnlyByAVariationTheOtherSideAgreesAndTheEarlierVersionStaysReadable() {
        CquinContract draft = contract();
        QualityIndicator early = indicator(draft, "Sepsis screening", "100", 1L);
        assertThatThrownBy(() -> new SchemeVariation(draft, 1, List.of(early), java.util.Map.of(1L,
                new SchemeVariation.Wanted(d("50"), d("90"), d("100"))), "Easier", Side.COMMISSIONER, "c", now))
                .hasMessageContaining("still a draft");
        QualityIndicator sepsis = agreedIndicator();
        CquinContract contract = sepsis.getContract();
        assertThatThrownBy(() -> new SchemeVariation(contract, 1, List.of(sepsis), java.util.Map.of(1L,
                new SchemeVariation.Wanted(d("50"), d("90"), d("80"))), "Easier", Side.PROVIDER, "p", now))
                .hasMessageContaining("add up to 80 %");
        assertThatThrownBy(() -> new SchemeVariation(contract, 1, List.of(sepsis), java.util.Map.of(7L,
                new SchemeVariation.Wanted(d("50"), d("90"), d("100"))), "x", Side.PROVIDER, "p", now))
                .hasMessageContaining("not in this scheme");
        SchemeVariation variation = new SchemeVariation(contract, 1, List.of(sepsis), java.util.Map.of(1L,
                new SchemeVariation.Wanted(d("50"), d("90"), d("100"))), "Baseline audit was lower than thought",
                Side.PROVIDER, "Quality lead", now);
        assertThat(sepsis.thresholds().minimum()).as("not applied until agreed").isEqualByComparingTo("60");
        assertThatThrownBy(() -> variation.agree(Side.PROVIDER, "Quality lead", List.of(sepsis), now))
                .hasMessageContaining("other side");
        variation.agree(Side.COMMISSIONER, "Commissioner", List.of(sepsis), now);
        assertThat(sepsis.thresholds().minimum()).isEqualByComparingTo("50");
        assertThat(variation.getChanges().get(0).describe())
                .isEqualTo("Sepsis screening: 60–90, weight 100 % → 50–90, weight 100 %");
        assertThatThrownBy(() -> variation.agree(Side.COMMISSIONER, "Commissioner", List.of(sepsis), now))
                .hasMessageContaining("already agreed");
    }

    @Test
    void contractsAndIndicatorsServeAimCAlwaysAndAnAssessorWithAnInterestStatesItsHandling() {
        CquinContract contract = contract();
        assertThat(contract.getAims()).containsExactly("C");
        contract.serveAims(java.util.Arrays.asList("B", null, "D"));
        assertThat(contract.getAims()).containsExactly("B", "C", "D");
        assertThatThrownBy(() -> contract.serveAims(List.of("Z"))).hasMessageContaining("A to E");
        assertThatThrownBy(() -> new QualityIndicator(contract, "x", "y", QualityDomain.SAFETY, acute,
                new QualityIndicator.Definitions(" ", null), null, new Thresholds(d("60"), d("90"),
                Improvement.HIGHER_IS_BETTER), d("100"), now)).hasMessageContaining("numerator counts");
        QualityIndicator sepsis = agreedIndicator();
        QuarterlySubmission q1 = new QuarterlySubmission(sepsis, 1, Measurement.proportion(d("70"), d("100")), "Q1",
                "provider", LocalDate.of(2027, 5, 1), now);
        List<String> interest = List.of("Financial interest in Fernley Hospitals NHS Trust: private sessions");
        assertThatThrownBy(() -> q1.assessorInterests(interest, " ")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("State how it is managed before you assess");
        q1.assessorInterests(interest, "A second commissioner reviews my assessments of this trust");
        q1.accept("commissioner", now);
        assertThat(q1.getAssessorInterest()).contains("private sessions");
        assertThat(q1.getAssessorHandling()).startsWith("A second commissioner");
        assertThat(Reconciliation.earnedToDate(sepsis.getContract().cquinValue(), List.of(sepsis), List.of(q1)))
                .isEqualByComparingTo("61722.22"); // (70 − 60) ÷ 30 = 0.3333 × £185,185.18
    }
}
