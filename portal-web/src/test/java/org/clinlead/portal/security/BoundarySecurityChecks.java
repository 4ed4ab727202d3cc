package org.clinlead.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.clinlead.portal.aims.Strategy;
import org.clinlead.portal.appointments.AppointmentDecisions;
import org.clinlead.portal.appointments.LeadApplications;
import org.clinlead.portal.appointments.LeadAppointments;
import org.clinlead.portal.appointments.LeadSeats;
import org.clinlead.portal.appointments.Panels;
import org.clinlead.portal.appointments.Scoring;
import org.clinlead.portal.appointments.TermReminders;
import org.clinlead.portal.mail.MailDigests;
import org.clinlead.portal.mail.MyMail;
import org.clinlead.portal.mail.OutboxAdmin;
import org.clinlead.portal.appointments.Vacancies;
import org.clinlead.portal.assurance.AssuranceConclusions;
import org.clinlead.portal.strategy.StrategyCoverage;
import org.clinlead.portal.strategy.StrategyHeadlines;
import org.clinlead.portal.strategy.StrategyReports;
import org.clinlead.portal.targets.OperatingTargets;
import org.clinlead.portal.targets.TargetActions;
import org.clinlead.portal.targets.TargetImport;
import org.clinlead.portal.assurance.AssurancePanels;
import org.clinlead.portal.assurance.AssuranceReviews;
import org.clinlead.portal.assurance.RecommendationReminders;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditLog;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.audit.ChainReport;
import org.clinlead.portal.boards.ActionReminders;
import org.clinlead.portal.boards.Agendas;
import org.clinlead.portal.boards.BoardActions;
import org.clinlead.portal.boards.BoardDirectory;
import org.clinlead.portal.boards.BoardPacks;
import org.clinlead.portal.boards.BoardPapers;
import org.clinlead.portal.boards.MeetingRecords;
import org.clinlead.portal.boards.Minutes;
import org.clinlead.portal.boards.PaperReviews;
import org.clinlead.portal.cohort.CohortApplications;
import org.clinlead.portal.cohort.Cohorts;
import org.clinlead.portal.cohort.FollowUp;
import org.clinlead.portal.cohort.Mentoring;
import org.clinlead.portal.cohort.Participants;
import org.clinlead.portal.cohort.ProgrammeDashboard;
import org.clinlead.portal.advice.AdviceAnswers;
import org.clinlead.portal.advice.AdviceRegister;
import org.clinlead.portal.advice.AdviceReminders;
import org.clinlead.portal.advice.AdviceRequests;
import org.clinlead.portal.commissioning.Assessments;
import org.clinlead.portal.commissioning.ClinicalAdvice;
import org.clinlead.portal.commissioning.CommissioningOverview;
import org.clinlead.portal.commissioning.Contracts;
import org.clinlead.portal.commissioning.Payments;
import org.clinlead.portal.commissioning.ReturnReminders;
import org.clinlead.portal.commissioning.Returns;
import org.clinlead.portal.commissioning.Schemes;
import org.clinlead.portal.commissioning.Variations;
import org.clinlead.portal.profiles.PracticeProfiles;
import org.clinlead.portal.profiles.ProfileCatalogue;
import org.clinlead.portal.profiles.ProfileImport;
import org.clinlead.portal.profiles.ProfileVariation;
import org.clinlead.portal.interests.InterestRegisters;
import org.clinlead.portal.interests.RegisterOfInterests;
import org.clinlead.portal.notices.Notices;
import org.clinlead.portal.organisations.OrganisationDirectory;
import org.clinlead.portal.people.ApiTokens;
import org.clinlead.portal.people.ClinicianRegister;
import org.clinlead.portal.people.SignIn;
import org.clinlead.portal.people.UserAccounts;
import org.clinlead.portal.projects.ChangeProjects;
import org.clinlead.portal.projects.ProjectLibrary;
import org.clinlead.portal.projects.ProjectMeasures;
import org.clinlead.portal.projects.ProjectSpread;
import org.clinlead.portal.projects.ProjectTeam;
import org.clinlead.portal.reconfiguration.ClinicalReviews;
import org.clinlead.portal.reconfiguration.ReconfigurationEvidence;
import org.clinlead.portal.reconfiguration.ReconfigurationLog;
import org.clinlead.portal.reconfiguration.Reconfigurations;
import org.clinlead.portal.setup.PortalDataSource;
import org.clinlead.portal.setup.PortalSetup;
import org.clinlead.portal.setup.SchemaMigrations;
import org.clinlead.portal.setup.demo.NationalScale;
import org.clinlead.portal.testing.roles.AsAdmin;
import org.clinlead.portal.testing.roles.AsAspiringLeader;
import org.clinlead.portal.testing.roles.AsBoardMember;
import org.clinlead.portal.testing.roles.AsBoardSecretary;
import org.clinlead.portal.testing.roles.AsCommissioner;
import org.clinlead.portal.testing.roles.AsMedicalDirector;
import org.clinlead.portal.testing.roles.AsMentor;
import org.clinlead.portal.testing.roles.AsProgrammeManager;
import org.clinlead.portal.testing.roles.AsProvider;
import org.clinlead.portal.testing.roles.RoleRunner;
import org.junit.jupiter.api.Test;

/**
 * Inside the server, against the real WAR and a database that starts empty: every boundary method's
 * grants and denials for every role, the migrations, and the audit chain across real transactions. Run inside
 * {@code HardeningIT}'s deployment (which extends this class), so the suite boots one server fewer for them.
 */
public abstract class BoundarySecurityChecks {

    private static final String EVERYONE = "*";

    /** Who may call each boundary method: the expected matrix, written out so a wrong annotation fails. */
    private static final Map<String, Set<String>> EXPECTED = new LinkedHashMap<>();

    static {
        expect(OrganisationDirectory.class, "search", EVERYONE);
        expect(OrganisationDirectory.class, "find", EVERYONE);
        expect(OrganisationDirectory.class, "matching", EVERYONE);
        expect(OrganisationDirectory.class, "withCode", EVERYONE);
        expect(OrganisationDirectory.class, "register", "ADMIN");
        expect(OrganisationDirectory.class, "amend", "ADMIN");
        expect(OrganisationDirectory.class, "close", "ADMIN");
        expect(OrganisationDirectory.class, "reopen", "ADMIN");
        expect(ClinicianRegister.class, "search", EVERYONE);
        expect(ClinicianRegister.class, "find", EVERYONE);
        expect(ClinicianRegister.class, "register", "ADMIN");
        expect(ClinicianRegister.class, "amend", "ADMIN");
        expect(UserAccounts.class, "search", "ADMIN");
        expect(UserAccounts.class, "find", "ADMIN");
        expect(UserAccounts.class, "open", "ADMIN");
        expect(UserAccounts.class, "change", "ADMIN");
        expect(UserAccounts.class, "disable", "ADMIN");
        expect(UserAccounts.class, "enable", "ADMIN");
        expect(UserAccounts.class, "resetPassword", "ADMIN");
        expect(UserAccounts.class, "linkIdentity", "ADMIN");
        expect(UserAccounts.class, "me", EVERYONE);
        expect(UserAccounts.class, "changeOwnPassword", EVERYONE);
        expect(Strategy.class, "aims", EVERYONE);
        expect(Strategy.class, "pathways", EVERYONE);
        expect(AuditLog.class, "search", "ADMIN");
        expect(AuditLog.class, "verify", "ADMIN");
        expect(AuditLog.class, "actions", "ADMIN");
        expect(RegisterOfInterests.class, "mine", EVERYONE);
        expect(RegisterOfInterests.class, "declare", EVERYONE);
        expect(RegisterOfInterests.class, "declareNothing", EVERYONE);
        expect(RegisterOfInterests.class, "amend", EVERYONE);
        expect(RegisterOfInterests.class, "end", EVERYONE);
        expect(RegisterOfInterests.class, "withhold", "ADMIN");
        expect(RegisterOfInterests.class, "history", EVERYONE);
        expect(InterestRegisters.class, "internalRegister", "ADMIN", "MEDICAL_DIRECTOR");
        expect(InterestRegisters.class, "declarationRound", "ADMIN", "MEDICAL_DIRECTOR");

        expect(LeadSeats.class, "programmes", EVERYONE);
        expect(LeadSeats.class, "seats", EVERYONE);
        expect(LeadSeats.class, "cap", EVERYONE);
        expect(LeadSeats.class, "changeCap", "ADMIN");
        expect(LeadSeats.class, "advisoryGroup", EVERYONE);
        expect(ApiTokens.class, "issue", EVERYONE);
        expect(ApiTokens.class, "mine", EVERYONE);
        expect(ApiTokens.class, "revoke", EVERYONE);
        expect(ApiTokens.class, "all", "ADMIN");
        expect(Panels.class, "setPanelOfApplication", "ADMIN", "MEDICAL_DIRECTOR");
        expect(Vacancies.class, "openVacancy", "ADMIN", "MEDICAL_DIRECTOR");
        expect(Vacancies.class, "vacancies", EVERYONE);
        expect(Vacancies.class, "openVacancies", EVERYONE);
        expect(Vacancies.class, "vacancy", EVERYONE);
        expect(Panels.class, "setPanel", "ADMIN", "MEDICAL_DIRECTOR");
        expect(Vacancies.class, "closeWithoutAppointment", EVERYONE);
        expect(LeadApplications.class, "apply", EVERYONE);
        expect(LeadApplications.class, "myApplications", EVERYONE);
        expect(LeadApplications.class, "applications", EVERYONE);
        expect(LeadApplications.class, "application", EVERYONE);
        expect(LeadApplications.class, "stateConflict", EVERYONE);
        expect(Scoring.class, "score", EVERYONE);
        expect(Scoring.class, "recommend", EVERYONE);
        expect(Scoring.class, "leaveOffShortlist", EVERYONE);
        expect(AppointmentDecisions.class, "decide", "MEDICAL_DIRECTOR");
        expect(AppointmentDecisions.class, "approvalQueue", "ADMIN", "MEDICAL_DIRECTOR");
        expect(Panels.class, "myPanelWork", EVERYONE);
        expect(LeadAppointments.class, "appointments", EVERYONE);
        expect(LeadAppointments.class, "appointment", EVERYONE);
        expect(LeadAppointments.class, "renew", "ADMIN", "MEDICAL_DIRECTOR");
        expect(LeadAppointments.class, "end", "ADMIN", "MEDICAL_DIRECTOR");
        expect(LeadAppointments.class, "recordNsrLead", "ADMIN");
        expect(TermReminders.class, "sendNow", "ADMIN");
        expect(InterestRegisters.class, "remindNonDeclarers", "ADMIN", "MEDICAL_DIRECTOR");
        expect(BoardDirectory.class, "boards", EVERYONE);
        expect(BoardDirectory.class, "board", EVERYONE);
        expect(BoardDirectory.class, "members", EVERYONE);
        expect(BoardDirectory.class, "recentDecisions", EVERYONE);
        expect(BoardDirectory.class, "addMember", "ADMIN", "BOARD_SECRETARY");
        expect(Agendas.class, "meetings", EVERYONE);
        expect(Agendas.class, "schedule", "ADMIN", "BOARD_SECRETARY");
        expect(Agendas.class, "meeting", EVERYONE);
        expect(Agendas.class, "addItem", "ADMIN", "BOARD_SECRETARY");
        expect(Agendas.class, "reorder", "ADMIN", "BOARD_SECRETARY");
        expect(BoardPapers.class, "addPaper", "ADMIN", "BOARD_SECRETARY");
        expect(BoardPapers.class, "addVersion", "ADMIN", "BOARD_SECRETARY");
        expect(BoardPacks.class, "publish", "ADMIN", "BOARD_SECRETARY");
        expect(BoardPapers.class, "paper", EVERYONE);
        expect(BoardPapers.class, "content", EVERYONE);
        expect(PaperReviews.class, "review", EVERYONE);
        expect(BoardPacks.class, "pack", EVERYONE);
        expect(PaperReviews.class, "inbox", EVERYONE);
        expect(ActionReminders.class, "sendNow", "ADMIN", "BOARD_SECRETARY");
        expect(MeetingRecords.class, "recordAttendance", "ADMIN", "BOARD_SECRETARY");
        expect(MeetingRecords.class, "recordConflict", "ADMIN", "BOARD_SECRETARY");
        expect(MeetingRecords.class, "recordItem", "ADMIN", "BOARD_SECRETARY");
        expect(BoardActions.class, "addAction", "ADMIN", "BOARD_SECRETARY");
        expect(BoardActions.class, "completeAction", EVERYONE);
        expect(BoardActions.class, "actions", EVERYONE);
        expect(BoardActions.class, "myActions", EVERYONE);
        expect(Minutes.class, "draftMinutes", "ADMIN", "BOARD_SECRETARY");
        expect(Minutes.class, "approveMinutes", "ADMIN", "BOARD_SECRETARY");
        expect(Minutes.class, "draftFromRecord", "ADMIN", "BOARD_SECRETARY");
        expect(Minutes.class, "publishMinutes", "ADMIN", "BOARD_SECRETARY");
        expect(ChangeProjects.class, "mine", EVERYONE);
        expect(ProjectLibrary.class, "search", EVERYONE);
        expect(ProjectLibrary.class, "overview", "ADMIN", "PROGRAMME_MANAGER");
        expect(ChangeProjects.class, "create", "ASPIRING_LEADER", "ADMIN");
        expect(ChangeProjects.class, "project", EVERYONE);
        expect(ProjectMeasures.class, "addMeasure", EVERYONE);
        expect(ProjectMeasures.class, "addPoint", EVERYONE);
        expect(ProjectMeasures.class, "importPoints", EVERYONE);
        expect(ProjectMeasures.class, "spc", EVERYONE);
        expect(ProjectMeasures.class, "rebase", EVERYONE);
        expect(ProjectMeasures.class, "addPdsa", EVERYONE);
        expect(ChangeProjects.class, "progress", EVERYONE);
        expect(ProjectSpread.class, "spread", EVERYONE);
        expect(ProjectTeam.class, "addTeamMember", EVERYONE);
        expect(ProjectTeam.class, "removeTeamMember", EVERYONE);
        expect(ProjectSpread.class, "adopt", EVERYONE);
        expect(ProjectTeam.class, "comment", EVERYONE);
        expect(ProjectTeam.class, "signOff", "MENTOR");
        expect(ProjectSpread.class, "refer", EVERYONE);
        expect(ProjectSpread.class, "referredToMe", EVERYONE);
        expect(Agendas.class, "propose", EVERYONE);
        expect(Cohorts.class, "cohorts", EVERYONE);
        expect(Cohorts.class, "cohort", EVERYONE);
        expect(Cohorts.class, "create", "ADMIN", "PROGRAMME_MANAGER");
        expect(CohortApplications.class, "apply", EVERYONE);
        expect(CohortApplications.class, "myApplications", EVERYONE);
        expect(CohortApplications.class, "applications", "ADMIN", "PROGRAMME_MANAGER");
        expect(CohortApplications.class, "awaitingSupport", "ADMIN", "MEDICAL_DIRECTOR", "PROGRAMME_MANAGER");
        expect(CohortApplications.class, "confirmSupport", "ADMIN", "MEDICAL_DIRECTOR", "PROGRAMME_MANAGER");
        expect(CohortApplications.class, "decide", "ADMIN", "PROGRAMME_MANAGER");
        expect(Participants.class, "participants", "ADMIN", "PROGRAMME_MANAGER");
        expect(Participants.class, "myPlaces", EVERYONE);
        expect(Mentoring.class, "mentees", "MENTOR");
        expect(Mentoring.class, "menteeCount", "MENTOR");
        expect(Mentoring.class, "menteeProjects", "MENTOR");
        expect(Participants.class, "participant", EVERYONE);
        expect(Mentoring.class, "mentors", "ADMIN", "PROGRAMME_MANAGER");
        expect(Mentoring.class, "assignMentor", "ADMIN", "PROGRAMME_MANAGER");
        expect(Mentoring.class, "recordSession", "MENTOR");
        expect(Mentoring.class, "sessions", EVERYONE);
        expect(Participants.class, "reflect", EVERYONE);
        expect(Participants.class, "complete", "ADMIN", "PROGRAMME_MANAGER");
        expect(Participants.class, "withdraw", "ADMIN", "PROGRAMME_MANAGER");
        expect(FollowUp.class, "rounds", "ADMIN", "PROGRAMME_MANAGER");
        expect(FollowUp.class, "openRound", "ADMIN", "PROGRAMME_MANAGER");
        expect(FollowUp.class, "myFollowUps", EVERYONE);
        expect(FollowUp.class, "respond", EVERYONE);
        expect(FollowUp.class, "responses", "ADMIN", "PROGRAMME_MANAGER");
        expect(FollowUp.class, "roi", "ADMIN", "PROGRAMME_MANAGER");
        expect(ProgrammeDashboard.class, "dashboard", "ADMIN", "PROGRAMME_MANAGER");
        expect(Contracts.class, "search", EVERYONE);
        expect(Contracts.class, "create", "ADMIN", "COMMISSIONER");
        expect(Contracts.class, "contract", EVERYONE);
        expect(Contracts.class, "ofPathway", EVERYONE);
        expect(Schemes.class, "addIndicator", "ADMIN", "COMMISSIONER");
        expect(Schemes.class, "removeIndicator", "ADMIN", "COMMISSIONER");
        expect(Schemes.class, "sign", "ADMIN", "COMMISSIONER", "PROVIDER");
        expect(ClinicalAdvice.class, "advice", EVERYONE);
        expect(ClinicalAdvice.class, "advise", EVERYONE);
        expect(ClinicalAdvice.class, "awaitingMine", EVERYONE);
        expect(Returns.class, "returns", EVERYONE);
        expect(Returns.class, "submission", EVERYONE);
        expect(Returns.class, "submit", "ADMIN", "PROVIDER");
        expect(Returns.class, "addEvidence", "ADMIN", "PROVIDER");
        expect(Returns.class, "evidence", EVERYONE);
        expect(Returns.class, "message", "ADMIN", "COMMISSIONER", "PROVIDER");
        expect(Assessments.class, "assess", "ADMIN", "COMMISSIONER");
        expect(Payments.class, "payments", EVERYONE);
        expect(Payments.class, "pay", "ADMIN", "COMMISSIONER");
        expect(Payments.class, "statement", EVERYONE);
        expect(Payments.class, "reconcile", "ADMIN", "COMMISSIONER");
        expect(CommissioningOverview.class, "overview", EVERYONE);
        expect(CommissioningOverview.class, "myWork", EVERYONE);
        expect(ReturnReminders.class, "sendNow", "ADMIN");
        expect(Variations.class, "variations", EVERYONE);
        expect(Variations.class, "propose", "ADMIN", "COMMISSIONER", "PROVIDER");
        expect(Variations.class, "agree", "ADMIN", "COMMISSIONER", "PROVIDER");
        expect(Schemes.class, "basedOnProfile", EVERYONE);
        expect(ChangeProjects.class, "createFromProfile", "ASPIRING_LEADER", "ADMIN");
        expect(ProfileCatalogue.class, "indicators", EVERYONE);
        expect(ProfileCatalogue.class, "indicator", EVERYONE);
        expect(ProfileCatalogue.class, "create", "ADMIN");
        expect(ProfileImport.class, "load", "ADMIN", "COMMISSIONER");
        expect(ProfileVariation.class, "funnel", EVERYONE);
        expect(PracticeProfiles.class, "practices", EVERYONE);
        expect(PracticeProfiles.class, "profile", EVERYONE);
        expect(AdviceRequests.class, "search", EVERYONE);
        expect(AdviceRequests.class, "waitingForMe", EVERYONE);
        expect(AdviceRequests.class, "raise", "ADMIN", "MEDICAL_DIRECTOR", "BOARD_SECRETARY", "COMMISSIONER");
        expect(AdviceRequests.class, "request", EVERYONE);
        expect(AdviceAnswers.class, "accept", EVERYONE);
        expect(AdviceAnswers.class, "assign", EVERYONE);
        expect(AdviceAnswers.class, "stateInterest", EVERYONE);
        expect(AdviceAnswers.class, "respond", EVERYONE);
        expect(AdviceAnswers.class, "addEvidence", EVERYONE);
        expect(AdviceAnswers.class, "evidence", EVERYONE);
        expect(AdviceAnswers.class, "recordOutcome", EVERYONE);
        expect(AdviceRequests.class, "withdraw", EVERYONE);
        expect(AdviceRegister.class, "register", EVERYONE);
        expect(AdviceReminders.class, "sendNow", "ADMIN");
        expect(Reconfigurations.class, "search", EVERYONE);
        expect(Reconfigurations.class, "proposal", EVERYONE);
        expect(Reconfigurations.class, "submit", "ADMIN", "MEDICAL_DIRECTOR", "COMMISSIONER", "PROVIDER");
        expect(Reconfigurations.class, "recordDecision", EVERYONE);
        expect(Reconfigurations.class, "close", EVERYONE);
        expect(ClinicalReviews.class, "setPanel", EVERYONE);
        expect(ClinicalReviews.class, "stateInterest", EVERYONE);
        expect(ClinicalReviews.class, "stepDown", EVERYONE);
        expect(ClinicalReviews.class, "judge", EVERYONE);
        expect(ClinicalReviews.class, "recommend", EVERYONE);
        expect(ClinicalReviews.class, "settleCondition", EVERYONE);
        expect(ReconfigurationEvidence.class, "addItem", EVERYONE);
        expect(ReconfigurationEvidence.class, "submitEvidence", EVERYONE);
        expect(ReconfigurationEvidence.class, "addDocument", EVERYONE);
        expect(ReconfigurationEvidence.class, "document", EVERYONE);
        expect(OperatingTargets.class, "targets", EVERYONE);
        expect(OperatingTargets.class, "define", "ADMIN");
        expect(OperatingTargets.class, "exceptions", EVERYONE);
        expect(OperatingTargets.class, "allSeries", EVERYONE);
        expect(OperatingTargets.class, "chart", EVERYONE);
        expect(OperatingTargets.class, "visibleOrganisations", EVERYONE);
        expect(TargetImport.class, "load", "ADMIN", "COMMISSIONER", "PROVIDER");
        expect(TargetActions.class, "boards", "ADMIN", "MEDICAL_DIRECTOR");
        expect(TargetActions.class, "putOnAgenda", "ADMIN", "MEDICAL_DIRECTOR");
        expect(AssuranceReviews.class, "search", EVERYONE);
        expect(AssuranceReviews.class, "review", EVERYONE);
        expect(AssuranceReviews.class, "open", "ADMIN", "MEDICAL_DIRECTOR");
        expect(AssuranceReviews.class, "attachPlan", EVERYONE);
        expect(AssuranceReviews.class, "plan", EVERYONE);
        expect(AssuranceReviews.class, "report", EVERYONE);
        expect(AssurancePanels.class, "setPanel", EVERYONE);
        expect(AssurancePanels.class, "stateInterest", EVERYONE);
        expect(AssurancePanels.class, "stepDown", EVERYONE);
        expect(AssurancePanels.class, "rate", EVERYONE);
        expect(AssurancePanels.class, "addCriterion", EVERYONE);
        expect(AssuranceConclusions.class, "conclude", EVERYONE);
        expect(AssuranceConclusions.class, "updateRecommendation", EVERYONE);
        expect(RecommendationReminders.class, "sendNow", "ADMIN");
        expect(StrategyCoverage.class, "activities", EVERYONE);
        expect(StrategyCoverage.class, "coverage", EVERYONE);
        expect(StrategyCoverage.class, "gaps", EVERYONE);
        expect(StrategyReports.class, "report", "ADMIN", "MEDICAL_DIRECTOR", "BOARD_MEMBER", "PROGRAMME_MANAGER");
        expect(StrategyReports.class, "pdf", "ADMIN", "MEDICAL_DIRECTOR", "BOARD_MEMBER", "PROGRAMME_MANAGER");
        expect(StrategyReports.class, "rows", "ADMIN", "MEDICAL_DIRECTOR", "BOARD_MEMBER", "PROGRAMME_MANAGER");
        expect(Notices.class, "mine", EVERYONE);
        expect(Notices.class, "markRead", EVERYONE);
        expect(org.clinlead.portal.boards.MeetingChanges.class, "move", "ADMIN", "BOARD_SECRETARY");
        expect(org.clinlead.portal.boards.MeetingChanges.class, "cancel", "ADMIN", "BOARD_SECRETARY");
        expect(org.clinlead.portal.setup.Backups.class, "backUp", "ADMIN");
        expect(MyMail.class, "mine", EVERYONE);
        expect(MyMail.class, "changeAddress", EVERYONE);
        expect(MyMail.class, "sendCheckAgain", EVERYONE);
        expect(MyMail.class, "verify", EVERYONE);
        expect(MyMail.class, "choose", EVERYONE);
        expect(OutboxAdmin.class, "list", "ADMIN");
        expect(OutboxAdmin.class, "counts", "ADMIN");
        expect(OutboxAdmin.class, "retry", "ADMIN");
        expect(OutboxAdmin.class, "changeDefaults", "ADMIN");
        expect(MailDigests.class, "sendNow", "ADMIN");
        expect(MailDigests.class, "sendForHour", "ADMIN");
        expect(org.clinlead.portal.people.SignInPolicies.class, "current", "ADMIN");
        expect(org.clinlead.portal.people.SignInPolicies.class, "change", "ADMIN");
    }

    /** Open to everyone on purpose: signing in, the start-up facts. */
    private static final Set<String> PERMIT_ALL = Set.of("SignIn.attempt", "SignIn.attemptByOrganisation", "SignIn.currentRoles", "ApiTokens.authenticate", "PortalSetup.mode",
            "SchemaMigrations.migrationsAppliedAtStart", "InterestRegisters.publicRegister", "Minutes.publicMinutes",
            "ReconfigurationLog.publicLog", "ReconfigurationLog.publicProposal", "StrategyHeadlines.headlines");

    private static final List<Class<?>> BOUNDARIES = List.of(OrganisationDirectory.class, ClinicianRegister.class,
            UserAccounts.class, ApiTokens.class, Strategy.class, AuditLog.class, RegisterOfInterests.class,
            InterestRegisters.class, LeadSeats.class, Vacancies.class, Panels.class, LeadApplications.class,
            Scoring.class, AppointmentDecisions.class, LeadAppointments.class, TermReminders.class, Notices.class,
            BoardDirectory.class, Agendas.class, BoardPapers.class, BoardPacks.class, PaperReviews.class,
            MeetingRecords.class, BoardActions.class, Minutes.class, ActionReminders.class, ChangeProjects.class,
            ProjectLibrary.class, ProjectMeasures.class, ProjectSpread.class, ProjectTeam.class, Cohorts.class,
            CohortApplications.class, Mentoring.class, Participants.class, FollowUp.class, ProgrammeDashboard.class,
            Contracts.class, Schemes.class, ClinicalAdvice.class, Returns.class, Assessments.class, Payments.class,
            CommissioningOverview.class, ReturnReminders.class, Variations.class, ProfileCatalogue.class,
            ProfileImport.class, ProfileVariation.class, PracticeProfiles.class, AdviceRequests.class, AdviceAnswers.class, AdviceRegister.class,
            AdviceReminders.class, Reconfigurations.class, ClinicalReviews.class, ReconfigurationEvidence.class,
            ReconfigurationLog.class, AssuranceReviews.class, AssurancePanels.class, AssuranceConclusions.class,
            RecommendationReminders.class, OperatingTargets.class, TargetImport.class, TargetActions.class, StrategyCoverage.class, StrategyHeadlines.class,
            StrategyReports.class, org.clinlead.portal.boards.MeetingChanges.class, MyMail.class, OutboxAdmin.class, MailDigests.class, org.clinlead.portal.mail.OutboxDelivery.class,
            SignIn.class, org.clinlead.portal.people.SignInPolicies.class, PortalSetup.class, org.clinlead.portal.setup.Backups.class, SchemaMigrations.class, PortalDataSource.class, NationalScale.class);

    private static final Map<String, Class<? extends RoleRunner>> RUNNERS = new LinkedHashMap<>();

    static {
        RUNNERS.put("ADMIN", AsAdmin.class);
        RUNNERS.put("MEDICAL_DIRECTOR", AsMedicalDirector.class);
        RUNNERS.put("BOARD_SECRETARY", AsBoardSecretary.class);
        RUNNERS.put("BOARD_MEMBER", AsBoardMember.class);
        RUNNERS.put("PROGRAMME_MANAGER", AsProgrammeManager.class);
        RUNNERS.put("MENTOR", AsMentor.class);
        RUNNERS.put("ASPIRING_LEADER", AsAspiringLeader.class);
        RUNNERS.put("COMMISSIONER", AsCommissioner.class);
        RUNNERS.put("PROVIDER", AsProvider.class);
    }

    private static void expect(Class<?> boundary, String method, String... roles) {
        EXPECTED.put(boundary.getSimpleName() + "." + method, Set.of(roles));
    }

    @Inject
    private AuditRecorder recorder;

    @Resource(lookup = "java:app/jdbc/portal")
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private SchemaMigrations migrations;

    @Test
    void everyPublicBoundaryMethodIsInTheMatrixAndDeclaresItsRoles() {
        Set<String> found = new TreeSet<>();
        for (Class<?> boundary : BOUNDARIES) {
            assertThat(boundary.isAnnotationPresent(Stateless.class)
                    || boundary.isAnnotationPresent(jakarta.ejb.Singleton.class)).isTrue();
            for (Method method : boundary.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                String name = boundary.getSimpleName() + "." + method.getName();
                found.add(name);
                boolean permitAll = method.isAnnotationPresent(PermitAll.class);
                // A class-level list covers the methods that name none of their own.
                RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                        : permitAll ? null : boundary.getAnnotation(RolesAllowed.class);
                assertThat(permitAll || roles != null).as(name + " declares who may call it").isTrue();
                if (permitAll) {
                    assertThat(PERMIT_ALL).as(name + " is open to everyone on purpose").contains(name);
                } else {
                    Set<String> expected = EXPECTED.get(name);
                    assertThat(expected).as(name + " is in the expected matrix").isNotNull();
                    Set<String> declared = Set.of(roles.value());
                    assertThat(declared).as(name).isEqualTo(expected.contains(EVERYONE) ? RUNNERS.keySet() : expected);
                }
            }
        }
        // Every enterprise bean of the portal is in the list above, so a new boundary cannot miss the matrix.
        Set<String> beans = new TreeSet<>();
        for (jakarta.enterprise.inject.spi.Bean<?> bean : CDI.current().getBeanManager().getBeans(Object.class,
                jakarta.enterprise.inject.Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (type.getName().startsWith("org.clinlead.portal.") && !RoleRunner.class.isAssignableFrom(type)
                    && (type.isAnnotationPresent(Stateless.class)
                    || type.isAnnotationPresent(jakarta.ejb.Singleton.class))) {
                beans.add(type.getSimpleName());
            }
        }
        assertThat(beans).as("every boundary is in BOUNDARIES").isEqualTo(new TreeSet<>(BOUNDARIES.stream()
                .map(Class::getSimpleName).toList()));
        Set<String> expectedNames = new TreeSet<>(EXPECTED.keySet());
        expectedNames.addAll(PERMIT_ALL);
        assertThat(found).isEqualTo(expectedNames);
    }

    @Test
    void theContainerGrantsAndDeniesEveryBoundaryMethodPerRole() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : EXPECTED.entrySet()) {
            Method method = method(entry.getKey());
            Object boundary = CDI.current().select(method.getDeclaringClass()).get();
            for (Map.Entry<String, Class<? extends RoleRunner>> runner : RUNNERS.entrySet()) {
                boolean allowed = entry.getValue().contains(EVERYONE) || entry.getValue().contains(runner.getKey());
                boolean denied = isDenied(() -> CDI.current().select(runner.getValue()).get()
                        .run(() -> method.invoke(boundary, dummyArguments(method))));
                if (denied == allowed) {
                    wrong.add(entry.getKey() + " as " + runner.getKey() + (allowed ? " was denied" : " was allowed"));
                }
            }
            assertThat(isDenied(() -> method.invoke(boundary, dummyArguments(method))))
                    .as(entry.getKey() + " refuses an anonymous caller").isTrue();
        }
        assertThat(wrong).isEmpty();
    }

    /** Every kind of activity: the database itself refuses a row without an aim (blank or missing), whatever writes it. */
    @Test
    void theDatabaseRefusesAnActivityWithoutAnAimOfEveryKind() throws Exception {
        List<String> kinds = List.of("vacancy", "appointment", "agenda_item", "change_project", "cohort", "cquin_indicator",
                "advice_request", "assurance_review", "reconfiguration");
        try (Connection c = dataSource.getConnection()) {
            for (String table : kinds) {
                try (ResultSet rs = c.createStatement().executeQuery("select count(*) from " + table + " where aim_codes is null "
                        + "or aim_codes = ''")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as(table + ": every row written has its aims").isZero();
                }
                try (ResultSet rs = c.createStatement().executeQuery("select count(*) from " + table)) {
                    rs.next();
                    assertThat(rs.getInt(1)).as(table + " has demo rows to try").isPositive();
                }
                for (String value : List.of("''", "null")) {
                    assertThatThrownBy(() -> c.createStatement().executeUpdate("update " + table + " set aim_codes = " + value
                            + " where id = (select min(id) from " + table + ")")).as(table + " with aims " + value)
                            .isInstanceOf(java.sql.SQLException.class)
                            .satisfies(e -> assertThat(((java.sql.SQLException) e).getSQLState()).startsWith("23"));
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery("select kind, count(*) from strategy_activity group by kind")) {
                java.util.Set<String> seen = new java.util.HashSet<>();
                while (rs.next()) {
                    seen.add(rs.getString(1).strip());
                }
                assertThat(seen).as("the read model collects every kind").containsExactlyInAnyOrder("VACANCY", "APPOINTMENT",
                        "AGENDA_ITEM", "PROJECT", "COHORT", "CQUIN_INDICATOR", "ADVICE_REQUEST", "ASSURANCE_REVIEW",
                        "RECONFIGURATION");
            }
        }
    }

    @Test
    void theMigrationsBuiltTheSchemaFromAnEmptyDatabase() throws Exception {
        assertThat(migrations.migrationsAppliedAtStart()).as("every migration ran at this start").isEqualTo(29);
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "select count(*) from \"flyway_schema_history\" where \"success\" = true and \"version\" is not null")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(29);
        }
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("select count(*) from strategic_aim")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(5);
        }
    }

    @Test
    void concurrentTransactionsAppendToOneUnbrokenChain() throws Exception {
        long before = ((ChainReport) CDI.current().select(AsAdmin.class).get()
                .run(() -> CDI.current().select(AuditLog.class).get().verify())).entries();
        List<Future<?>> writers = new ArrayList<>();
        for (int thread = 0; thread < 4; thread++) {
            int t = thread;
            writers.add(executor.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    recorder.recordSecurityEvent("writer" + t, AuditAction.ACCESS_DENIED, "test", i, "concurrent " + t + "/" + i);
                }
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        ChainReport after = verifyAsAdmin();
        assertThat(after.valid()).isTrue();
        assertThat(after.entries()).isGreaterThanOrEqualTo(before + 40);
    }

    @Test
    void anEditedEntryBreaksTheChainAtThatEntry() throws Exception {
        long id = recorder.recordSecurityEvent("tamper-test", AuditAction.ACCESS_DENIED, "test", 1, "original text").getId();
        assertThat(verifyAsAdmin().valid()).isTrue();
        try {
            update(id, "edited afterwards");
            ChainReport report = verifyAsAdmin();
            assertThat(report.valid()).isFalse();
            assertThat(report.firstBroken()).isEqualTo(id);
        } finally {
            update(id, "original text");
        }
        assertThat(verifyAsAdmin().valid()).isTrue();
    }

    private void update(long id, String summary) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update audit_entry set summary = ? where id = ?")) {
            s.setString(1, summary);
            s.setLong(2, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static ChainReport verifyAsAdmin() throws Exception {
        return (ChainReport) CDI.current().select(AsAdmin.class).get().run(() -> CDI.current().select(AuditLog.class).get().verify());
    }

    private static Method method(String name) {
        String type = name.substring(0, name.indexOf('.'));
        String methodName = name.substring(name.indexOf('.') + 1);
        return BOUNDARIES.stream().filter(b -> b.getSimpleName().equals(type))
                .flatMap(b -> Arrays.stream(b.getDeclaredMethods()))
                .filter(m -> m.getName().equals(methodName) && Modifier.isPublic(m.getModifiers()))
                .findFirst().orElseThrow();
    }

    private static Object[] dummyArguments(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(type -> {
            if (type == long.class) {
                return 0L;
            }
            if (type == int.class) {
                return 0;
            }
            if (type == boolean.class) {
                return false;
            }
            return null;
        }).toArray();
    }

    private interface Call {
        void call() throws Exception;
    }

    /** True if the call was refused for lack of a role; any other outcome means the call got in. */
    private static boolean isDenied(Call call) {
        try {
            call.call();
            return false;
        } catch (Throwable t) {
            for (Throwable cause = t; cause != null; cause = cause.getCause()) {
                if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
                    return true;
                }
                if (cause instanceof InvocationTargetException ite && ite.getCause() == null) {
                    break;
                }
            }
            return false;
        }
    }
}
