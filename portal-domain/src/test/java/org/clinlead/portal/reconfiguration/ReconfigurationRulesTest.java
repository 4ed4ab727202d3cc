package org.clinlead.portal.reconfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinlead.portal.testing.Ids.withId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.organisations.OrganisationType;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.people.Profession;
import org.clinlead.portal.people.RegistrationBody;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** A service change from the case for change to closure: the panel, the checklist, the stages in order. */
class ReconfigurationRulesTest {

    private final Instant now = Instant.parse("2026-11-30T10:00:00Z");
    private final LocalDate today = LocalDate.of(2026, 11, 30);
    private final Organisation sponsor = withId(new Organisation("Greyhaven PCT", OrganisationType.PRIMARY_CARE_TRUST, "5Z4"), 1);
    private final Organisation trust = withId(new Organisation("Greyhaven Hospitals", OrganisationType.ACUTE_TRUST, "RZ1"), 2);
    private final Organisation elsewhere = withId(new Organisation("Marsden Vale Hospitals", OrganisationType.ACUTE_TRUST, "RZ2"), 3);
    private final Clinician a = clinician("Ahmed", 11, trust);
    private final Clinician b = clinician("Byrne", 12, sponsor);
    private final Clinician c = clinician("Cole", 13, trust);
    private final Clinician outside = clinician("Dunn", 14, elsewhere);

    private static Clinician clinician(String family, long id, Organisation at) {
        return withId(new Clinician("Sam", family, Profession.DOCTOR, RegistrationBody.GMC, "20000" + id, at,
                family.toLowerCase() + "@nhs.net"), id);
    }

    private Reconfiguration proposal() {
        return new Reconfiguration(new Reconfiguration.CaseForChange("Stroke services on two hyper-acute sites",
                "Hyper-acute stroke units at Greyhaven General and Harbour Road", "Thrombolysis within the hour for all.",
                "Keep three sites; two sites; one site.", Set.of("A")), sponsor, List.of(trust), null, "commissioner",
                "Pat Commissioner", now);
    }

    private Reconfiguration inReview() {
        Reconfiguration r = proposal();
        r.setPanel(List.of(a, b, outside), outside, now);
        return r;
    }

    private void judgeAll(Reconfiguration r, Clinician who) {
        r.getItems().forEach(i -> r.judge(i, who, List.of(), Judgement.MET, null, false, now));
    }

    @Test
    void aProposalServesAimEAndStartsWithTheDefaultChecklist() {
        Reconfiguration r = proposal();
        assertThat(r.getAims()).containsExactly("A", "E");
        assertThat(r.getStage()).isEqualTo(Stage.SUBMITTED);
        assertThat(r.getItems()).extracting(EvidenceItem::getCriterion).containsExactlyElementsOf(EvidenceItem.DEFAULTS);
        assertThatThrownBy(() -> new Reconfiguration(new Reconfiguration.CaseForChange(" ", null, null, null, null), null,
                null, null, "x", "X", now)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).hasSize(4));
    }

    @Test
    void aPanelHasThreeOrMoreWithAChairAndSomeoneFromOutsideTheOrganisationsConcerned() {
        Reconfiguration r = proposal();
        assertThat(r.panelBlockers(List.of(a, outside), a)).containsExactly("A clinical review panel has at least 3 members (2 chosen).");
        assertThat(r.panelBlockers(List.of(a, b, c), a)).containsExactly("At least one member of the panel comes from "
                + "outside the organisations concerned (a regional or national clinical lead).");
        assertThat(r.panelBlockers(List.of(a, b, outside), c)).containsExactly("Choose the panel's chair from its members.");
        assertThat(r.panelBlockers(List.of(a, a, outside), a)).hasSize(1);
        assertThat(r.panelBlockers(List.of(a, b, outside), outside)).isEmpty();
        assertThatThrownBy(() -> r.setPanel(List.of(a, b, c), a, now)).isInstanceOf(InvalidInputException.class);
        assertThat(r.getStage()).isEqualTo(Stage.SUBMITTED);
        r.setPanel(List.of(a, b, outside), outside, now);
        assertThat(r.getStage()).isEqualTo(Stage.CLINICAL_REVIEW);
        assertThat(r.chair()).get().extracting(ReviewPanelMember::getClinician).isEqualTo(outside);
    }

    @Test
    void aConflictedMemberStatesTheHandlingOrStepsDownBeforeJudging() {
        Reconfiguration r = inReview();
        EvidenceItem first = r.getItems().get(0);
        List<String> interests = List.of("Employed by Greyhaven Hospitals (financial)");
        assertThat(r.judgeBlockers(a, interests)).singleElement().asString().contains("State how it is managed, or step down");
        assertThatThrownBy(() -> r.judge(first, a, interests, Judgement.MET, null, false, now))
                .isInstanceOf(RuleViolationException.class);
        r.stateInterest(a, interests, "Will not judge the workforce item; the chair reviews my judgements.", now);
        assertThat(r.judgeBlockers(a, interests)).isEmpty();
        r.judge(first, a, interests, Judgement.MET, null, false, now);
        assertThat(first.getJudgedBy()).isEqualTo("Sam Ahmed");
        assertThat(r.judgeBlockers(c, List.of())).containsExactly("Only the members of the clinical review panel judge the evidence.");
        r.stepDown(b, now);
        assertThat(r.judgeBlockers(a, interests)).singleElement().asString().startsWith("The panel is incomplete: ");
        assertThatThrownBy(() -> r.stepDown(outside, now)).hasMessageContaining("The chair cannot step down");
    }

    @Test
    void judgementsShortOfMetSayWhatIsMissingAndNewEvidenceClearsThem() {
        Reconfiguration r = inReview();
        EvidenceItem item = r.getItems().get(1);
        assertThatThrownBy(() -> r.judge(item, a, List.of(), Judgement.PARTLY_MET, " ", false, now))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("what is missing");
        r.judge(item, a, List.of(), Judgement.PARTLY_MET, "Only one public meeting held.", true, now);
        assertThat(item.isInternal()).isTrue();
        r.submitEvidence(item, "Three further public meetings, minutes attached.", now);
        assertThat(item.isJudged()).isFalse();
    }

    @Test
    void aRecommendationNeedsEveryItemJudgedAndTheChair() {
        Reconfiguration r = inReview();
        r.judge(r.getItems().get(0), a, List.of(), Judgement.MET, null, false, now);
        assertThat(r.recommendBlockers(outside, List.of())).singleElement().asString()
                .startsWith("Every item of the evidence checklist is judged before the recommendation: 7 are not (Patient and public engagement,");
        judgeAll(r, b);
        assertThat(r.recommendBlockers(a, List.of())).containsExactly("The panel's chair makes its recommendation.");
        assertThat(r.recommendBlockers(outside, List.of())).isEmpty();
        assertThatThrownBy(() -> r.recommend(outside, List.of(), Recommendation.SUPPORTED_WITH_CONDITIONS, "Sound case.",
                List.of(" "), now)).isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one condition");
        assertThatThrownBy(() -> r.recommend(outside, List.of(), Recommendation.SUPPORTED, "Sound case.",
                List.of("Audit at a year"), now)).hasMessageContaining("Conditions go with");
        r.recommend(outside, List.of(), Recommendation.SUPPORTED_WITH_CONDITIONS, "Sound case.",
                List.of("Ambulance times audited at six months", "Travel support for families"), now);
        assertThat(r.getStage()).isEqualTo(Stage.RECOMMENDATION);
        assertThat(r.getConditions()).extracting(Condition::getText).containsExactly("Ambulance times audited at six months",
                "Travel support for families");
        assertThatThrownBy(() -> r.submitEvidence(r.getItems().get(0), "late", now)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void noStageIsSkipped() {
        Reconfiguration r = proposal();
        assertThatThrownBy(() -> r.recordDecision("Go ahead", today, today, now))
                .hasMessage("The sponsor's decision is recorded after the panel's recommendation; this proposal is at case for change submitted.");
        assertThatThrownBy(() -> r.close(now)).hasMessageContaining("once the sponsor's decision is recorded");
        assertThat(r.judgeBlockers(outside, List.of())).singleElement().asString().startsWith("The evidence is judged during the clinical review");
        r.setPanel(List.of(a, b, outside), outside, now);
        judgeAll(r, a);
        r.recommend(outside, List.of(), Recommendation.NOT_SUPPORTED, "Travel times for the coast are not addressed.", null, now);
        assertThatThrownBy(() -> r.setPanel(List.of(a, b, outside), a, now)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> r.recordDecision("Withdrawn", today.plusDays(1), today, now))
                .hasMessageContaining("in the future");
        assertThatThrownBy(() -> r.recordDecision("Withdrawn", today.minusDays(1), today, now))
                .hasMessageContaining("comes after the panel's recommendation of 30 November 2026");
        r.recordDecision("The proposal is withdrawn.", today, today, now);
        assertThatThrownBy(() -> r.recordDecision("Again", today, today, now)).hasMessageContaining("already been recorded");
        r.close(now);
        assertThat(r.getStage()).isEqualTo(Stage.CLOSED);
    }

    @Test
    void conditionsAreSettledWithANoteOnceRecommended() {
        Reconfiguration r = inReview();
        judgeAll(r, a);
        r.recommend(outside, List.of(), Recommendation.SUPPORTED_WITH_CONDITIONS, "Sound.", List.of("Audit at six months"), now);
        Condition condition = r.getConditions().get(0);
        assertThatThrownBy(() -> condition.settle(ConditionStatus.MET, null, "Dr Dunn", now))
                .hasMessageContaining("how the condition was shown to be met");
        condition.settle(ConditionStatus.MET, "Audit report received.", "Dr Dunn", now);
        assertThat(condition.getStatus()).isEqualTo(ConditionStatus.MET);
    }
}
