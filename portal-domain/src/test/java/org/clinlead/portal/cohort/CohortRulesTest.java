package org.clinlead.portal.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinlead.portal.testing.Ids.withId;

import java.lang.reflect.Field;
import java.math.BigDecimal;
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
import org.clinlead.portal.people.Role;
import org.clinlead.portal.people.UserAccount;
import org.clinlead.portal.projects.Adoption;
import org.clinlead.portal.projects.ChangeProject;
import org.clinlead.portal.projects.ProjectStatus;
import org.clinlead.portal.projects.Referral;
import org.clinlead.portal.projects.SpreadLevel;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The programme's rules: places, applications, mentors, coaching, completion, follow-up and ROI arithmetic. */
class CohortRulesTest {

    private final LocalDate today = LocalDate.of(2026, 11, 23);
    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final Organisation fernley = withId(new Organisation("Fernley Hospitals NHS Trust", OrganisationType.ACUTE_TRUST,
            "RZF"), 1);
    private final Organisation ashby = withId(new Organisation("Ashby Community Health", OrganisationType.COMMUNITY_TRUST,
            "RZP"), 2);
    private final Pathway acute = pathway("ACUTE", "Acute care");
    private final Pathway maternity = pathway("MATERNITY", "Maternity and newborn");
    private final Clinician applicant = clinician("Priya", "Shah", fernley, "1000001", 10);
    private final Clinician colleague = clinician("Tom", "Reid", fernley, "1000002", 11);
    private final Clinician outsider = clinician("Ann", "Lowe", ashby, "1000003", 12);


    private static Pathway pathway(String code, String name) {
        Pathway pathway = new Pathway() {
        };
        try {
            for (String[] f : new String[][] {{"code", code}, {"name", name}}) {
                Field field = Pathway.class.getDeclaredField(f[0]);
                field.setAccessible(true);
                field.set(pathway, f[1]);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return pathway;
    }

    private static Clinician clinician(String given, String family, Organisation organisation, String gmc, long id) {
        return withId(new Clinician(given, family, Profession.DOCTOR, RegistrationBody.GMC, gmc, organisation,
                given.toLowerCase() + "@example.nhs.uk"), id);
    }

    private static UserAccount account(String username, Clinician clinician, Role role, long id) {
        return withId(new UserAccount(username, clinician.getDisplayName(), "hash", clinician, List.of(role)), id);
    }

    private Cohort cohort(int places) {
        return withId(new Cohort("Cohort 2027", today.plusMonths(2), today.plusMonths(14), places, new BigDecimal("4500"),
                Set.of(acute), now), 5);
    }

    private CohortApplication application(Cohort cohort, Clinician who) {
        return new CohortApplication(cohort, who, acute, "I want to fix sepsis care.", "Dr Jane Ward",
                SupporterRole.MEDICAL_DIRECTOR, today, now);
    }

    private Participant participant(Cohort cohort, Clinician who) {
        CohortApplication application = application(cohort, who);
        application.confirmSupport("Dr Jane Ward (medical director)", now);
        application.decide(Selection.SELECT, null, "programme.manager", now);
        return withId(new Participant(application, today), 20);
    }

    @Test
    void aCohortHas120FundedPlacesByDefaultAndEndsAfterItStarts() {
        Cohort cohort = new Cohort("Cohort 2027", today.plusMonths(2), today.plusMonths(14), null, new BigDecimal("4500"),
                Set.of(acute), now);
        assertThat(cohort.getFundedPlaces()).isEqualTo(Cohort.DEFAULT_PLACES).isEqualTo(120);
        assertThat(cohort.isOpenForApplications(today)).isTrue();
        assertThat(cohort.phase(today.plusMonths(3))).isEqualTo("Running");
        assertThat(cohort.phase(today.plusMonths(15))).isEqualTo("Ended");
        assertThatThrownBy(() -> new Cohort(" ", today, today.minusDays(1), 0, new BigDecimal("-1"), Set.of(), now))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("field")
                        .containsExactly("name", "endsOn", "fundedPlaces", "fundingPerPlace", "pathways"));
    }

    @Test
    void aCohortNeverExceedsItsFundedPlaces() {
        Cohort cohort = cohort(2);
        cohort.checkRoomFor(1);
        assertThatThrownBy(() -> cohort.checkRoomFor(2)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("All 2 funded places of Cohort 2027 are taken");
    }

    @Test
    void applicationsNeedACoveredPathwayAStatementAndASupporterAndCloseWhenTheCohortStarts() {
        Cohort cohort = cohort(10);
        assertThatThrownBy(() -> new CohortApplication(cohort, applicant, maternity, " ", null, null, today, now))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("message").contains(
                        "This cohort covers Acute care only.", "Your statement is required."));
        assertThatThrownBy(() -> new CohortApplication(cohort, applicant, acute, "Statement", "Dr Ward",
                SupporterRole.LINE_MANAGER, cohort.getStartsOn(), now))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("no longer takes applications");
    }

    @Test
    void selectionNeedsTheOrganisationsConfirmedSupportAndADeclineNeedsAReason() {
        CohortApplication application = application(cohort(10), applicant);
        assertThatThrownBy(() -> application.decide(Selection.SELECT, null, "pm", now))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("The applicant's organisation has not yet confirmed its support (medical director Dr Jane Ward).");
        assertThatThrownBy(() -> application.decide(Selection.DECLINE, " ", "pm", now))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Give the applicant a reason for declining.");
        application.decide(Selection.WAITLIST, null, "pm", now);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.WAITLISTED);
        application.confirmSupport("Dr Jane Ward (medical director)", now);
        assertThatThrownBy(() -> application.confirmSupport("Someone else", now)).isInstanceOf(RuleViolationException.class);
        application.decide(Selection.SELECT, null, "pm", now);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SELECTED);
        assertThatThrownBy(() -> application.decide(Selection.DECLINE, "Changed my mind", "pm", now))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already selected");
    }

    @Test
    void aParticipantJoinsTheirPathwaysActionLearningSet() {
        Participant participant = participant(cohort(10), applicant);
        assertThat(participant.getLearningSet()).isEqualTo("Cohort 2027 · Acute care set");
        assertThat(participant.getStatus()).isEqualTo(ParticipantStatus.ENROLLED);
    }

    @Test
    void aMentorFromTheSameOrganisationNeedsAStatedReason() {
        Participant participant = participant(cohort(10), applicant);
        UserAccount sameOrganisation = account("tom.reid", colleague, Role.MENTOR, 31);
        UserAccount elsewhere = account("ann.lowe", outsider, Role.MENTOR, 32);
        UserAccount notAMentor = account("ann.other", outsider, Role.BOARD_MEMBER, 33);
        assertThatThrownBy(() -> participant.assignMentor(notAMentor, null)).isInstanceOf(RuleViolationException.class)
                .hasMessage("Choose an active account with the mentor role.");
        assertThatThrownBy(() -> participant.assignMentor(sameOrganisation, " ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("works at Fernley Hospitals NHS Trust too");
        participant.assignMentor(sameOrganisation, "Only respiratory physician mentor in the region");
        assertThat(participant.getMentorReason()).isEqualTo("Only respiratory physician mentor in the region");
        participant.assignMentor(elsewhere, null);
        assertThat(participant.isMentoredBy(elsewhere)).isTrue();
        assertThat(participant.getMentorReason()).isNull();
        UserAccount self = account("priya", applicant, Role.MENTOR, 34);
        assertThatThrownBy(() -> participant.assignMentor(self, "why not")).isInstanceOf(RuleViolationException.class)
                .hasMessage("A participant cannot mentor themselves.");
    }

    @Test
    void onlyTheMentorRecordsCoachingSessionsAfterTheyHappen() {
        Participant participant = participant(cohort(10), applicant);
        UserAccount mentor = account("ann.lowe", outsider, Role.MENTOR, 32);
        UserAccount other = account("tom.reid", colleague, Role.MENTOR, 31);
        participant.assignMentor(mentor, null);
        assertThatThrownBy(() -> new CoachingSession(participant, other, today, CoachingModel.GROW, "Actions", null, today, now))
                .isInstanceOf(RuleViolationException.class).hasMessage("Only Priya Shah's mentor records their coaching sessions.");
        assertThatThrownBy(() -> new CoachingSession(participant, mentor, today.plusDays(1), null, " ", null, today, now))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("field")
                        .containsExactly("date", "model", "agreedActions"));
        CoachingSession session = new CoachingSession(participant, mentor, today, CoachingModel.OSCAR, "Run a PDSA on grab bags",
                "Feels stuck with the night team", today, now);
        assertThat(session.getNotes()).isEqualTo("Feels stuck with the night team");
    }

    @Test
    void completionNeedsAProjectThatReachedTestingAndAFinalReflection() {
        assertThat(Completion.reachedTesting(ProjectStatus.PLANNING)).isFalse();
        assertThat(Completion.reachedTesting(ProjectStatus.TESTING)).isTrue();
        assertThat(Completion.reachedTesting(ProjectStatus.CLOSED)).isTrue();
        assertThat(Completion.blockers(false, null)).containsExactly("None of their change projects has reached testing yet.",
                "They have not written their final reflection.");
        assertThat(Completion.blockers(true, "  ")).containsExactly("They have not written their final reflection.");
        assertThat(Completion.blockers(true, "I learned to measure before changing.")).isEmpty();

        Participant participant = participant(cohort(10), applicant);
        assertThatThrownBy(() -> participant.complete(true, today)).isInstanceOf(RuleViolationException.class)
                .hasMessage("Priya Shah cannot complete yet: They have not written their final reflection.");
        participant.reflect("I learned to measure before changing.");
        participant.complete(true, today);
        assertThat(participant.getStatus()).isEqualTo(ParticipantStatus.COMPLETED);
        assertThatThrownBy(() -> participant.withdraw("Moved away")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("only an enrolled participant can withdraw");
    }

    @Test
    void withdrawingNeedsAReason() {
        Participant participant = participant(cohort(10), applicant);
        assertThatThrownBy(() -> participant.withdraw(" ")).isInstanceOf(InvalidInputException.class);
        participant.withdraw("Took a post outside the region");
        assertThat(participant.getStatus()).isEqualTo(ParticipantStatus.WITHDRAWN);
    }

    @Test
    void followUpStartsOnceTheCohortHasEndedAndAnswersAreChecked() {
        Cohort cohort = cohort(10);
        Participant participant = participant(cohort, applicant);
        assertThatThrownBy(() -> new FollowUpRound(cohort, today, "pm")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("its alumni are followed up once it has ended");
        LocalDate later = cohort.getEndsOn().plusMonths(6);
        FollowUpRound round = new FollowUpRound(cohort, later, "pm");
        assertThat(round.getYear()).isEqualTo(later.getYear());
        assertThat(round.getClosesOn()).isEqualTo(later.plusWeeks(6));
        FollowUpResponse response = new FollowUpResponse(round, participant);
        assertThatThrownBy(() -> response.answer(" ", null, null, null, -1, null, 3, new BigDecimal("-5"), later, now))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("field").containsExactly(
                        "presentRole", "inRegion", "projectsSustained", "furtherProjects", "patientsAffected", "moneySaved"));
        response.answer("Consultant", "Clinical director for acute medicine", true, Sustained.PARTLY, 1, 300, 40,
                new BigDecimal("12500"), later, now);
        assertThat(response.toAnswer().leadershipRole()).isTrue();
        assertThatThrownBy(() -> response.answer("Consultant", null, true, Sustained.YES, 0, 0, 0, null,
                round.getClosesOn().plusDays(1), now)).isInstanceOf(RuleViolationException.class).hasMessageContaining("closed on");
    }

    @Test
    void returnOnInvestmentArithmetic() {
        assertThat(Roi.invested(118, new BigDecimal("4500.00"))).isEqualByComparingTo("531000.00");
        assertThat(Roi.percent(2, 3)).isEqualTo(67);
        assertThat(Roi.percent(1, 8)).isEqualTo(13);
        assertThat(Roi.percent(0, 0)).isNull();
        List<Roi.Answer> answers = List.of(
                new Roi.Answer(1, true, true, Sustained.YES, 1, 200, 50, new BigDecimal("10000.00")),
                new Roi.Answer(2, true, false, Sustained.PARTLY, 0, 40, 10, new BigDecimal("2500.50")),
                new Roi.Answer(3, false, false, Sustained.NO, 2, 0, 0, BigDecimal.ZERO),
                new Roi.Answer(4, true, false, Sustained.NOT_KNOWN, 0, 0, 0, BigDecimal.ZERO));
        Roi.Year year = Roi.year(2027, 6, answers, Set.of(3L, 99L));
        assertThat(year.answered()).isEqualTo(4);
        assertThat(year.inRegion()).isEqualTo(3);
        assertThat(year.retentionPercent()).isEqualTo(75);
        assertThat(year.progressed()).as("a leadership role reported, or a lead appointment made since").isEqualTo(2);
        assertThat(year.progressionPercent()).isEqualTo(50);
        assertThat(year.sustained()).isEqualTo(2);
        assertThat(year.furtherProjects()).isEqualTo(3);
        assertThat(year.patientsAffected()).isEqualTo(240);
        assertThat(year.hoursSaved()).isEqualTo(60);
        assertThat(year.moneySaved()).isEqualByComparingTo("12500.50");
        assertThat(Roi.year(2028, 6, List.of(), Set.of()).retentionPercent()).isNull();
        assertThat(Roi.returnPerPound(new BigDecimal("12500.50"), new BigDecimal("9000.00"))).isEqualByComparingTo("1.39");
        assertThat(Roi.returnPerPound(BigDecimal.TEN, BigDecimal.ZERO)).isNull();
    }

    @Test
    void spreadIsNamedAndReferralNeedsASustainedImprovement() {
        ChangeProject project = withId(new ChangeProject(applicant, "Sepsis six", "Late antibiotics", "sepsis six in an hour",
                "60% to 90%", today.plusMonths(6), "ED", fernley, acute, Set.of("B"), today, now), 40);
        assertThat(new Adoption(project, fernley, today, today, "x").level()).isEqualTo(SpreadLevel.ACROSS_ORGANISATION);
        assertThat(new Adoption(project, ashby, today, today, "x").level()).isEqualTo(SpreadLevel.ACROSS_ORGANISATIONS);
        assertThatThrownBy(() -> new Adoption(project, ashby, today.plusDays(1), today, "x"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Referral(project, null, true, "Ready", "x", now)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("once it is sustaining");
        project.progress(ProjectStatus.SUSTAINING, new BigDecimal("4.5"));
        assertThatThrownBy(() -> new Referral(project, null, false, "Ready", "x", now)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("special-cause improvement");
        assertThatThrownBy(() -> project.signOff("Ann Lowe", "x".repeat(2001), now)).isInstanceOf(InvalidInputException.class);
        project.signOff("Ann Lowe", "Solid data", now);
        assertThat(project.getSignedOffBy()).isEqualTo("Ann Lowe");
    }

    @Test
    void aProjectIsSignedOffOnlyOnceItHasReachedTesting() {
        ChangeProject project = new ChangeProject(applicant, "Sepsis six", "Late antibiotics", "sepsis six in an hour",
                "60% to 90%", today.plusMonths(6), "ED", fernley, acute, Set.of("B"), today, now);
        assertThatThrownBy(() -> project.signOff("Ann Lowe", null, now)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("once it has reached testing");
    }

    @Test
    void referralBlockersAreOneListForThePageAndTheReferral() {
        ChangeProject project = new ChangeProject(applicant, "Sepsis six", "Late antibiotics", "sepsis six in an hour",
                "60% to 90%", today.plusMonths(6), "ED", fernley, null, Set.of("B"), today, now);
        assertThat(project.referralBlockers(false)).hasSize(3).first().asString().contains("once it is sustaining");
        project.progress(ProjectStatus.SUSTAINING, new BigDecimal("4.5"));
        assertThat(project.referralBlockers(false)).hasSize(2).first().asString().contains("special-cause improvement");
        assertThat(project.referralBlockers(true)).containsExactly(
                "Give the project a pathway first: it is put forward to that pathway's board.");
        assertThatThrownBy(() -> new Referral(project, null, true, "Ready", "x", now)).isInstanceOf(RuleViolationException.class)
                .hasMessage(project.referralBlockers(true).get(0));
        project.belongTo(7L);
        assertThat(project.getParticipantId()).isEqualTo(7L);
    }
}
