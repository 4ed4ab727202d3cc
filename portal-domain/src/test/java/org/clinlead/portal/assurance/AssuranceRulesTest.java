package org.clinlead.portal.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinlead.portal.testing.Ids.withId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.organisations.OrganisationType;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.people.Profession;
import org.clinlead.portal.people.RegistrationBody;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** An assurance review from the plan to the recommendations, and the panel's ratings read as one. */
class AssuranceRulesTest {

    private final Instant now = Instant.parse("2026-11-30T10:00:00Z");
    private final LocalDate today = LocalDate.of(2026, 11, 30);
    private final Organisation pct = withId(new Organisation("Greyhaven PCT", OrganisationType.PRIMARY_CARE_TRUST, "5Z4"), 1);
    private final Clinician a = clinician("Ahmed", 11);
    private final Clinician b = clinician("Byrne", 12);
    private final Clinician c = clinician("Cole", 13);
    private final Map<String, String> owners = Map.of("commissioner", "Pat Commissioner");

    private Clinician clinician(String family, long id) {
        return withId(new Clinician("Sam", family, Profession.DOCTOR, RegistrationBody.GMC, "30000" + id, pct,
                family.toLowerCase() + "@nhs.net"), id);
    }

    private AssuranceReview review() {
        AssuranceReview r = new AssuranceReview(new AssuranceReview.Scope(ReviewSubject.STRATEGIC_PLAN,
                "Greyhaven PCT strategic plan", pct, 2026, 2030, List.of(), Set.of("A")), "Amira Ashworth", now);
        r.attachPlan("plan.pdf", "0".repeat(64), 1000, now);
        r.setPanel(List.of(a, b, c), a, now);
        return r;
    }

    private void rateAll(AssuranceReview r, Clinician who, Rag rag) {
        r.getCriteria().forEach(x -> r.rate(x, who, List.of(), rag, "Seen in section 3.", now));
    }

    @Test
    void thePanelsRatingIsTheMiddleOneTheWorseWhenEven() {
        assertThat(Rag.panel(List.of())).isNull();
        assertThat(Rag.panel(List.of(Rag.GREEN))).isEqualTo(Rag.GREEN);
        assertThat(Rag.panel(List.of(Rag.GREEN, Rag.RED, Rag.RED))).isEqualTo(Rag.RED);
        assertThat(Rag.panel(List.of(Rag.GREEN, Rag.AMBER, Rag.RED))).isEqualTo(Rag.AMBER);
        assertThat(Rag.panel(List.of(Rag.GREEN, Rag.GREEN, Rag.AMBER))).isEqualTo(Rag.GREEN);
        assertThat(Rag.panel(List.of(Rag.GREEN, Rag.AMBER))).isEqualTo(Rag.AMBER);
    }

    @Test
    void aReviewServesAimDHasTheDefaultCriteriaAndAPanelOfThreeWithAChair() {
        AssuranceReview r = review();
        assertThat(r.getAims()).containsExactly("A", "D");
        assertThat(r.period()).isEqualTo("2026/27 to 2030/31");
        assertThat(r.getCriteria()).extracting(ReviewCriterion::getName).containsExactlyElementsOf(ReviewCriterion.DEFAULTS);
        assertThat(AssuranceReview.panelBlockers(List.of(a, b), a)).containsExactly("A clinical panel has at least 3 members (2 chosen).");
        assertThat(AssuranceReview.panelBlockers(List.of(a, b, c), clinician("Dunn", 14))).containsExactly("Choose the panel's chair from its members.");
        assertThatThrownBy(() -> new AssuranceReview(new AssuranceReview.Scope(null, " ", null, 1999, 2040, null, null),
                "x", now)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).hasSize(5));
    }

    @Test
    void aConflictedMemberStatesTheHandlingBeforeRatingAndRatingsWaitForThePlan() {
        AssuranceReview r = new AssuranceReview(new AssuranceReview.Scope(ReviewSubject.STRATEGIC_PLAN, "Plan", pct, 2026, 2026,
                List.of(), Set.of()), "x", now);
        r.setPanel(List.of(a, b, c), a, now);
        List<String> interests = List.of("Employed by Greyhaven PCT (financial)");
        assertThat(r.rateBlockers(b, List.of())).containsExactly("The plan has not been attached yet: ratings wait for it.");
        r.attachPlan("plan.pdf", "0".repeat(64), 1000, now);
        assertThat(r.rateBlockers(b, interests)).singleElement().asString().contains("State how it is managed, or step down");
        r.stateInterest(b, interests, "The chair reviews my ratings.", now);
        assertThat(r.rateBlockers(b, interests)).isEmpty();
        assertThat(r.rateBlockers(clinician("Dunn", 14), List.of())).containsExactly("Only the members of the clinical panel rate the plan.");
        assertThatThrownBy(() -> r.rate(r.getCriteria().get(0), b, interests, Rag.AMBER, " ", now))
                .isInstanceOf(InvalidInputException.class);
        r.rate(r.getCriteria().get(0), b, interests, Rag.AMBER, "Thin on primary care.", now);
        r.rate(r.getCriteria().get(0), b, interests, Rag.RED, "On a second reading, absent.", now);
        assertThat(r.getCriteria().get(0).getRatings()).singleElement().extracting(CriterionRating::getRag).isEqualTo(Rag.RED);
        r.stepDown(b, now);
        assertThat(r.getCriteria().get(0).getRatings()).as("ratings leave with the member").isEmpty();
    }

    @Test
    void theChairConcludesOnceEveryoneRatedEverythingWithRecommendationsShortOfFull() {
        AssuranceReview r = review();
        rateAll(r, a, Rag.AMBER);
        rateAll(r, b, Rag.RED);
        assertThat(r.concludeBlockers(a, List.of())).singleElement().asString()
                .isEqualTo("Every member rates every criterion before the conclusion: Sam Cole has 6 criteria to rate.");
        rateAll(r, c, Rag.GREEN);
        assertThat(r.concludeBlockers(b, List.of())).containsExactly("The panel's chair concludes the review.");
        assertThat(r.getCriteria().get(0).panelRating()).isEqualTo(Rag.AMBER);
        assertThatThrownBy(() -> r.conclude(a, List.of(), AssuranceLevel.LIMITED, "Gaps in workforce.", List.of(), owners,
                today, now)).hasMessageContaining("at least one recommendation");
        assertThatThrownBy(() -> r.conclude(a, List.of(), AssuranceLevel.LIMITED, "Gaps.", List.of(
                new AssuranceRecommendation.Draft("Workforce plan", "nobody", today.plusDays(30))), owners, today, now))
                .hasMessageContaining("an owner");
        r.conclude(a, List.of(), AssuranceLevel.LIMITED, "Gaps in workforce.", List.of(
                new AssuranceRecommendation.Draft("A workforce plan for the new units", "commissioner", today.plusDays(30))),
                owners, today, now);
        assertThat(r.isOpen()).isFalse();
        assertThatThrownBy(() -> rateAll(r, a, Rag.GREEN)).isInstanceOf(RuleViolationException.class);
        AssuranceRecommendation rec = r.getRecommendations().get(0);
        assertThat(rec.isOverdue(today.plusDays(31))).isTrue();
        assertThatThrownBy(() -> rec.update(RecommendationStatus.COMPLETED, null, now)).hasMessageContaining("what was done");
        rec.update(RecommendationStatus.COMPLETED, "Plan agreed by the PCT board.", now);
        assertThat(rec.isOverdue(today.plusDays(31))).isFalse();
    }
}
