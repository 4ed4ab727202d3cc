package org.clinlead.portal.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinlead.portal.testing.Ids.withId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.interests.Declaration;
import org.clinlead.portal.interests.DeclarationRound;
import org.clinlead.portal.interests.InterestDetails;
import org.clinlead.portal.interests.InterestType;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.organisations.OrganisationType;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.people.Profession;
import org.clinlead.portal.people.RegistrationBody;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** Seats, the cap, conflict detection, term arithmetic and the approval preconditions. */
class AppointmentRulesTest {

    private final LocalDate today = LocalDate.of(2026, 11, 23);
    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final Organisation fernley = new Organisation("Fernley Hospitals NHS Trust", OrganisationType.ACUTE_TRUST, "RZF");
    private final Organisation ashby = new Organisation("Ashby Community Health", OrganisationType.COMMUNITY_TRUST, "RZP");
    private final Clinician candidate = clinician("Priya", "Shah", fernley, "1000001");
    private final Clinician chair = clinician("Tom", "Reid", ashby, "1000002");
    private final Clinician member = clinician("Ann", "Lowe", ashby, "1000003");
    private final LeadSeat seat = new LeadSeat(8, null, null, 2) {
        @Override
        public String getLabel() {
            return "Acute care pathway, seat 2";
        }
    };

    private static Clinician clinician(String given, String family, Organisation organisation, String gmc) {
        return new Clinician(given, family, Profession.DOCTOR, RegistrationBody.GMC, gmc, organisation,
                given.toLowerCase() + "@example.nhs.uk");
    }

    private Vacancy vacancy() {
        return Vacancy.open(seat, today.plusDays(21), "Lead the acute care pathway", List.of("Leadership", "Impartiality"),
                Set.of("D"), "regional.md", today, now);
    }

    private Declaration interestIn(Clinician who, Organisation organisation, LocalDate to) {
        return Declaration.interest(who, new InterestDetails(InterestType.FINANCIAL, organisation, null, null,
                "Paid sessions", today.minusYears(1), to, "Declared"), now);
    }

    @Test
    void aVacancyClosesInTheFutureHasCriteriaAndAlwaysServesAimA() {
        Vacancy vacancy = vacancy();
        assertThat(vacancy.getAims()).containsExactly("A", "D");
        assertThat(vacancy.getCriteria()).extracting(Criterion::getName).containsExactly("Leadership", "Impartiality");
        assertThatThrownBy(() -> Vacancy.open(seat, today, "Summary", List.of("A", "a"), Set.of(), "x", today, now))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("message")
                        .contains("The closing date must be after today.", "Each criterion must be different."));
        assertThatThrownBy(() -> Vacancy.open(seat, today.plusDays(1), " ", List.of(), null, "x", today, now))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("field")
                        .containsExactly("summary", "criteria"));
    }

    @Test
    void applicationsCloseAfterTheClosingDateAndNeedACurrentDeclaration() {
        Vacancy vacancy = vacancy();
        assertThat(LeadApplication.submit(vacancy, candidate, "Statement", true, vacancy.getClosingDate(), now).getStatus())
                .isEqualTo(ApplicationStatus.SUBMITTED);
        assertThatThrownBy(() -> LeadApplication.submit(vacancy, candidate, "Statement", true,
                vacancy.getClosingDate().plusDays(1), now))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("closed on " + vacancy.getClosingDate());
        assertThatThrownBy(() -> LeadApplication.submit(vacancy, candidate, "Statement", false, today, now))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("declaration of interests is not current");
    }

    @Test
    void aNilReturnOrAnInterestDeclaredThisYearMakesTheDeclarationCurrent() {
        Declaration nil = Declaration.nilReturn(candidate, 2026, now);
        Declaration old = Declaration.interest(candidate, new InterestDetails(InterestType.FINANCIAL, fernley, null, null,
                "Shares", today.minusYears(3), null, "Declared"), Instant.parse("2025-03-01T10:00:00Z"));
        assertThat(DeclarationRound.hasDeclared(List.of(nil), 2026)).isTrue();
        assertThat(DeclarationRound.hasDeclared(List.of(old), 2026)).isFalse();
        assertThat(DeclarationRound.hasDeclared(List.of(old), 2025)).isTrue();
        assertThat(DeclarationRound.hasDeclared(List.of(), 2026)).isFalse();
    }

    @Test
    void nobodyActsOnTheirOwnApplication() {
        assertThatThrownBy(() -> Conflicts.requireNotCandidate(candidate, candidate, "score"))
                .isInstanceOf(RuleViolationException.class).hasMessage("You are the candidate on this application, so you cannot score it.");
        Conflicts.requireNotCandidate(chair, candidate, "score");
    }

    @Test
    void aLiveInterestInTheCandidatesOrganisationIsAConflict() {
        assertThat(Conflicts.between(chair, List.of(interestIn(chair, fernley, null)), candidate, today))
                .singleElement().asString().contains("Tom Reid has a live financial interest in Fernley Hospitals NHS Trust");
        assertThat(Conflicts.between(chair, List.of(interestIn(chair, fernley, today.minusDays(1))), candidate, today))
                .as("an ended interest is not live").isEmpty();
        assertThat(Conflicts.between(chair, List.of(interestIn(chair, ashby, null)), candidate, today))
                .as("an interest in another organisation").isEmpty();
    }

    @Test
    void anIndirectInterestNamingTheCandidateIsAConflict() {
        Declaration spouse = Declaration.interest(member, new InterestDetails(InterestType.INDIRECT, null, "Shah Consulting",
                "Spouse, Priya Shah", "Spouse runs a consultancy", today.minusYears(2), null, "Declared"), now);
        assertThat(Conflicts.between(member, List.of(spouse), candidate, today))
                .singleElement().asString().contains("indirect interest naming the candidate");
        assertThat(Conflicts.between(member, List.of(spouse), chair, today)).isEmpty();
    }

    @Test
    void aTermRunsThreeYearsIsRenewedOnceAndEndsEarlyWithAReason() {
        Appointment a = Appointment.nsr(seat, candidate, LocalDate.of(2026, 4, 1), "admin", now);
        assertThat(a.getTermEnd()).isEqualTo(LocalDate.of(2029, 3, 31));
        assertThat(a.isInPostOn(LocalDate.of(2029, 3, 31))).isTrue();
        assertThat(a.isInPostOn(LocalDate.of(2029, 4, 1))).isFalse();
        assertThat(a.isInPostOn(LocalDate.of(2026, 3, 31))).isFalse();
        a.renew(today);
        assertThat(a.getTermEnd()).isEqualTo(LocalDate.of(2032, 3, 31));
        assertThatThrownBy(() -> a.renew(today)).isInstanceOf(RuleViolationException.class).hasMessageContaining("renewed once");
        assertThatThrownBy(() -> a.endEarly(today.minusYears(1), null, " ", today)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("field")
                        .containsExactly("on", "kind", "reason"));
        a.endEarly(today, EndKind.RESIGNATION, "Moving to another region", today);
        assertThat(a.isInPostOn(today)).isTrue();
        assertThat(a.isInPostOn(today.plusDays(1))).isFalse();
        assertThatThrownBy(() -> a.renew(today)).isInstanceOf(RuleViolationException.class).hasMessageContaining("was ended");
    }

    @Test
    void remindersFallNinetyAndThirtyDaysBeforeTheEnd() {
        Appointment a = Appointment.nsr(seat, candidate, LocalDate.of(2024, 1, 1), "admin", now);
        LocalDate end = a.getTermEnd();
        assertThat(a.reminderDueOn(end.minusDays(91))).isZero();
        assertThat(a.reminderDueOn(end.minusDays(90))).isEqualTo(90);
        assertThat(a.reminderDueOn(end.minusDays(31))).isEqualTo(90);
        assertThat(a.reminderDueOn(end.minusDays(30))).isEqualTo(30);
        assertThat(a.reminderDueOn(end)).isEqualTo(30);
        assertThat(a.reminderDueOn(end.plusDays(1))).as("ran out").isZero();
        assertThat(a.isEndingSoon(end.minusDays(90))).isTrue();
        assertThat(a.isEndingSoon(end.minusDays(91))).isFalse();
    }

    @Test
    void theCapIsNeverExceededNorSetBelowTheLeadsInPost() {
        LeadCap cap = new LeadCap(30);
        cap.requireRoomFor(29);
        assertThatThrownBy(() -> cap.requireRoomFor(30)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("regional cap of 30");
        assertThatThrownBy(() -> cap.change(12, 13)).isInstanceOf(RuleViolationException.class).hasMessageContaining("13");
        assertThatThrownBy(() -> cap.change(0, 0)).isInstanceOf(InvalidInputException.class);
        cap.change(13, 13);
        assertThat(cap.getCap()).isEqualTo(13);
    }

    @Test
    void theSeatStateFollowsAppointmentAndRecruitment() {
        assertThat(SeatState.of(true, true)).isEqualTo(SeatState.FILLED);
        assertThat(SeatState.of(false, true)).isEqualTo(SeatState.BEING_RECRUITED);
        assertThat(SeatState.of(false, false)).isEqualTo(SeatState.VACANT);
    }

    @Test
    void approvalWaitsForEveryScoreACurrentDeclarationAFreeSeatRoomUnderTheCapAndManagedConflicts() {
        Vacancy vacancy = vacancy();
        LeadApplication application = LeadApplication.submit(vacancy, candidate, "Statement", true, today, now);
        List<PanelMember> panel = List.of(new PanelMember(vacancy, chair, true), new PanelMember(vacancy, member, false));
        List<Score> scores = new ArrayList<>();
        for (Criterion c : vacancy.getCriteria()) {
            scores.add(new Score(application, chair, c, 3, "Good", now));
        }
        List<String> blockers = Approval.blockers(application, panel, scores, false, true, 30, new LeadCap(30),
                List.of("Tom Reid has a live financial interest"));
        assertThat(blockers).containsExactly(
                "The panel chair has not recommended this application.",
                "Ann Lowe has not scored \"Leadership\".",
                "Ann Lowe has not scored \"Impartiality\".",
                "The candidate's declaration of interests is not current for this year.",
                "The Acute care pathway, seat 2 is already filled.",
                "The regional cap of 30 senior clinical leads is reached.",
                "Conflict not yet managed: Tom Reid has a live financial interest");

        for (Criterion c : vacancy.getCriteria()) {
            scores.add(new Score(application, member, c, 2, "Fair", now));
        }
        application.recommend("Strongest candidate", "chair", now);
        assertThat(Approval.blockers(application, panel, scores, true, false, 29, new LeadCap(30), List.of())).isEmpty();
        assertThat(Approval.missingScores(application, panel.subList(0, 1), scores))
                .containsExactly("The panel has 1 member; at least 2 must score.");
    }

    @Test
    void theChairLeavesAnApplicationOffTheShortlistWithAReasonAndItCannotThenBeRecommended() {
        LeadApplication application = LeadApplication.submit(vacancy(), candidate, "Statement", true, today, now);
        assertThatThrownBy(() -> application.leaveOffShortlist(" ")).isInstanceOf(InvalidInputException.class);
        application.leaveOffShortlist("Does not meet the essential criteria");
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.NOT_SHORTLISTED);
        assertThatThrownBy(() -> application.recommend("Good", "chair", now)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aScoreIsZeroToFourWithAComment() {
        assertThatThrownBy(() -> Score.check(5, "x", "scores", "Leadership")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Score \"Leadership\" from 0 to 4.");
        assertThatThrownBy(() -> Score.check(-1, "x", "scores", "Leadership")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Score.check(3, " ", "scores", "Leadership")).isInstanceOf(InvalidInputException.class);
        Score.check(0, "Weak evidence", "scores", "Leadership");
    }

    @Test
    void approvalFillsTheVacancyOnceAndADecidedApplicationIsNotDecidedAgain() {
        Vacancy vacancy = vacancy();
        LeadApplication application = LeadApplication.submit(vacancy, candidate, "Statement", true, today, now);
        assertThatThrownBy(() -> application.approve("Yes", "md", today, now)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not recommended");
        application.recommend("Strongest candidate", "chair", now);
        assertThatThrownBy(() -> application.approve(" ", "md", today, now)).isInstanceOf(InvalidInputException.class);
        Appointment appointment = application.approve("Excellent scores", "md", today, now);
        assertThat(appointment.getRoute()).isEqualTo(Route.COMPETITIVE);
        assertThat(appointment.getTermEnd()).isEqualTo(today.plusYears(3).minusDays(1));
        assertThat(appointment.getAims()).contains("A");
        assertThat(vacancy.getStatus()).isEqualTo(VacancyStatus.FILLED);
        assertThatThrownBy(() -> application.reject("No", "md2", now)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already been decided");
    }

    @Test
    void aPanelHasTwoMembersAChairAmongThemNoApplicantAndIsFixedOnceScoringStarts() {
        Vacancy vacancy = vacancy();
        assertThatThrownBy(() -> vacancy.checkPanel(java.util.Set.of(2L), 2L, List.of(), false))
                .isInstanceOf(org.clinlead.portal.shared.InvalidInputException.class).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> vacancy.checkPanel(java.util.Set.of(2L, 3L), 4L, List.of(), false))
                .isInstanceOf(org.clinlead.portal.shared.InvalidInputException.class).hasMessageContaining("chair");
        assertThatThrownBy(() -> vacancy.checkPanel(java.util.Set.of(2L, 3L), 2L, List.of("Priya Shah"), false))
                .isInstanceOf(RuleViolationException.class).hasMessage("Priya Shah applied for this vacancy, so cannot sit on "
                        + "its panel.");
        assertThatThrownBy(() -> vacancy.checkPanel(java.util.Set.of(2L, 3L), 2L, List.of(), true))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Scoring has started");
        vacancy.checkPanel(java.util.Set.of(2L, 3L), 2L, List.of(), false);
    }

    @Test
    void onlyTheChairActsForThePanel() {
        Clinician chairing = withId(clinician("Tom", "Reid", ashby, "1000012"), 12L);
        Clinician sitting = withId(clinician("Ann", "Lowe", ashby, "1000013"), 13L);
        Vacancy vacancy = vacancy();
        List<PanelMember> panel = List.of(new PanelMember(vacancy, chairing, true), new PanelMember(vacancy, sitting, false));
        assertThat(PanelMember.chairedBy(panel, chairing)).isTrue();
        assertThat(PanelMember.chairedBy(panel, sitting)).isFalse();
        assertThat(PanelMember.chairedBy(panel, null)).isFalse();
        PanelMember.requireChair(panel, chairing, "recommends a candidate");
        assertThatThrownBy(() -> PanelMember.requireChair(panel, sitting, "recommends a candidate"))
                .isInstanceOf(org.clinlead.portal.shared.AccessRefusedException.class)
                .hasMessage("Only the panel chair recommends a candidate.");
    }
}
