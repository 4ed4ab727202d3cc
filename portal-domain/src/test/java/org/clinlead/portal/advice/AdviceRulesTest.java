package org.clinlead.portal.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinlead.portal.testing.Ids.withId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.organisations.OrganisationType;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.people.Profession;
import org.clinlead.portal.people.RegistrationBody;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** A request for clinical advice from raising to what happened, and each step refused where it does not fit. */
class AdviceRulesTest {

    private final LocalDate today = LocalDate.of(2026, 11, 30);
    private final Instant now = Instant.parse("2026-11-30T10:00:00Z");
    private final Organisation practice = new Organisation("Harbour Surgery", OrganisationType.GP_PRACTICE, "Y00001");
    private final Pathway acute = new Pathway() {
    };

    private Clinician lead(String family, long id) {
        return withId(new Clinician("Sam", family, Profession.DOCTOR, RegistrationBody.GMC, "100000" + id, practice,
                family.toLowerCase() + "@nhs.net"), id);
    }

    private AdviceRequest request(LocalDate due) {
        return new AdviceRequest(new AdviceRequest.Question("Is our antibiotic prescribing an outlier worth acting on?",
                "Two practices sit above the 99.8 % limit.", acute, null, Set.of("B"), List.of(practice), due, Urgency.ROUTINE),
                AdviceSubject.PROFILE_INDICATOR, 4L, "Antibiotic items per 1,000", "commissioner", "Pat Commissioner", now, today);
    }

    @Test
    void aRequestServesAimCAndIsNeededByADateAheadWithinAYear() {
        AdviceRequest r = request(today.plusDays(14));
        assertThat(r.getAims()).containsExactly("B", "C");
        assertThat(r.getStatus()).isEqualTo(AdviceStatus.OPEN);
        assertThatThrownBy(() -> request(today.minusDays(1))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("in the past");
        assertThatThrownBy(() -> request(today.plusYears(2))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("within a year");
        assertThatThrownBy(() -> new AdviceRequest(new AdviceRequest.Question(" ", null, null, null, null, null, null, null),
                null, null, null, "x", "X", now, today)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).hasSize(4));
        // A key programme's leads (stroke, cancer…) may be asked instead of a pathway's, but not both.
        org.clinlead.portal.appointments.Programme stroke = new org.clinlead.portal.appointments.Programme() {
        };
        AdviceRequest toProgramme = new AdviceRequest(new AdviceRequest.Question("Which units should thrombolyse at night?",
                null, null, stroke, Set.of(), List.of(), today.plusDays(5), Urgency.ROUTINE), null, null, null, "x", "X", now, today);
        assertThat(toProgramme.getPathway()).isNull();
        assertThat(toProgramme.getProgramme()).isSameAs(stroke);
        assertThatThrownBy(() -> new AdviceRequest(new AdviceRequest.Question("Both?", null, acute, stroke, Set.of(), List.of(),
                today.plusDays(5), Urgency.ROUTINE), null, null, null, "x", "X", now, today))
                .hasMessageContaining("not both");
    }

    @Test
    void aConflictedLeadStatesHowTheInterestIsManagedBeforeAnswering() {
        AdviceRequest r = request(today.plusDays(14));
        Clinician lead = lead("Reed", 5);
        List<String> interests = List.of("Partner at Harbour Surgery (financial)");
        assertThat(r.answerBlockers(List.of())).containsExactly("Accept the request before answering it.");
        r.accept(lead, now);
        assertThatThrownBy(() -> r.accept(lead("Other", 6), now)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already been taken on by");
        assertThat(r.answerBlockers(interests).get(0)).contains("State how it is managed before answering");
        assertThatThrownBy(() -> r.answer("Audit the top two.", null, interests, now)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> r.stateInterest(interests, " ")).isInstanceOf(InvalidInputException.class);
        r.stateInterest(interests, "Advice reviewed by a second lead with no interest before it is sent.");
        r.answer("Audit the top two practices' prescribing against the local formulary.", "Audit first.", interests, now);
        assertThat(r.getStatus()).isEqualTo(AdviceStatus.ANSWERED);
        assertThat(r.getDeclaredInterest()).isEqualTo("Partner at Harbour Surgery (financial)");
        assertThat(r.daysToAnswer()).isZero();
    }

    @Test
    void assigningGivesTheRequestToAnotherLeadAndAsksThemAfresh() {
        AdviceRequest r = request(today.plusDays(14));
        Clinician first = lead("Reed", 5);
        Clinician second = lead("Khan", 7);
        r.accept(first, now);
        r.assign(second, now);
        assertThat(r.getResponder()).isSameAs(second);
        assertThatThrownBy(() -> r.assign(second, now)).hasMessageContaining("already answering");
        r.answer("Advice", null, List.of(), now);
        assertThatThrownBy(() -> r.assign(first, now)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theOutcomeNeedsAReasonUnlessTheAdviceWasFollowed() {
        AdviceRequest r = request(today.plusDays(3));
        assertThatThrownBy(() -> r.recordOutcome(AdviceOutcome.FOLLOWED, null, now))
                .hasMessageContaining("once the advice has been given");
        r.accept(lead("Reed", 5), now);
        r.answer("Advice", null, List.of(), now);
        assertThatThrownBy(() -> r.recordOutcome(AdviceOutcome.PARTLY_FOLLOWED, " ", now))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not followed in full");
        r.recordOutcome(AdviceOutcome.PARTLY_FOLLOWED, "Funding for one audit only.", now);
        assertThat(r.getStatus()).isEqualTo(AdviceStatus.CLOSED);
        assertThatThrownBy(() -> r.recordOutcome(AdviceOutcome.FOLLOWED, null, now)).hasMessageContaining("already been recorded");
    }

    @Test
    void aRequestIsOverdueOnlyAfterItsDueDateAndWhileStillWaiting() {
        AdviceRequest r = request(today);
        assertThat(r.isOverdue(today)).isFalse();
        assertThat(r.isOverdue(today.plusDays(1))).isTrue();
        r.withdraw();
        assertThat(r.isOverdue(today.plusDays(1))).isFalse();
        assertThatThrownBy(r::withdraw).isInstanceOf(RuleViolationException.class);
    }
}
