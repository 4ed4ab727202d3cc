package org.clinlead.portal.cohort;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinlead.portal.shell.CurrentUser;
import org.clinlead.portal.shell.Feedback;
import org.clinlead.portal.shell.PagedList;

/**
 * One cohort: its places; the application form while it takes applications; for the programme manager the
 * applications (support, select, waitlist, decline), the participants and the follow-up rounds; for a
 * medical director the applications waiting for their confirmation of support.
 */
@Named
@ViewScoped
public class CohortBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Cohorts cohorts;
    @Inject
    private CohortApplications cohortApplications;

    @Inject
    private Participants places;

    @Inject
    private FollowUp followUp;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private CohortSummary cohort;
    private PagedList<ApplicationView> applications;
    private PagedList<ParticipantView> participants;
    private List<RoundView> rounds = List.of();
    private List<ApplicationView> awaitingMySupport = List.of();
    private boolean applied;
    private final Map<String, String> reasons = new HashMap<>();
    private String applicationStatus;
    // the application form
    private String pathwayCode;
    private String statement;
    private String supporterName;
    private SupporterRole supporterRole;

    public void load() {
        cohort = cohorts.cohort(id);
        long cohortId = id;
        applied = cohortApplications.myApplications().stream().anyMatch(a -> a.cohortId() == cohortId);
        if (isManager()) {
            applications = new PagedList<>(r -> cohortApplications.applications(cohortId, r));
            participants = new PagedList<>(r -> places.participants(cohortId, r));
            rounds = followUp.rounds(cohortId);
        }
        if (currentUser.has("MEDICAL_DIRECTOR")) {
            awaitingMySupport = cohortApplications.awaitingSupport().stream().filter(a -> a.cohortId() == cohortId).toList();
        }
    }

    public boolean isManager() {
        return currentUser.has("PROGRAMME_MANAGER") || currentUser.has("ADMIN");
    }

    public void filterApplications() {
        applications.filter("status", applicationStatus);
    }

    public String apply() {
        return attempt("apply", () -> cohortApplications.apply(id, new ApplicationDraft(pathwayCode, statement, supporterName,
                supporterRole)), "Your application is in. The programme manager will be in touch once your "
                + "organisation's support is confirmed.");
    }

    public String confirmSupport(ApplicationView a) {
        return attempt("applications", () -> cohortApplications.confirmSupport(a.id(), a.supporterName()),
                "Support recorded for " + a.applicantName() + ".");
    }

    public String decide(ApplicationView a, String selection) {
        return attempt("applications", () -> cohortApplications.decide(a.id(), a.version(), Selection.valueOf(selection),
                reasons.get(String.valueOf(a.id()))), a.applicantName() + ": " + switch (selection) {
                    case "SELECT" -> "selected; they join their pathway's action-learning set.";
                    case "WAITLIST" -> "on the waiting list.";
                    default -> "declined; they see your reason.";
                });
    }

    public String openRound() {
        return attempt("rounds", () -> followUp.openRound(id), "This year's follow-up is open; the alumni have been told.");
    }

    private String attempt(String form, Runnable action, String done) {
        return Feedback.attempt(form, action, done, "/cohort/cohort?faces-redirect=true&id=" + id);
    }

    public long getPercentTaken() {
        return cohort.fundedPlaces() == 0 ? 0 : Math.min(100, cohort.placesTaken() * 100 / cohort.fundedPlaces());
    }

    public SupporterRole[] getSupporterRoles() {
        return SupporterRole.values();
    }

    public ApplicationStatus[] getApplicationStatuses() {
        return ApplicationStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CohortSummary getCohort() {
        return cohort;
    }

    public PagedList<ApplicationView> getApplications() {
        return applications;
    }

    public PagedList<ParticipantView> getParticipants() {
        return participants;
    }

    public List<RoundView> getRounds() {
        return rounds;
    }

    public List<ApplicationView> getAwaitingMySupport() {
        return awaitingMySupport;
    }

    public boolean isApplied() {
        return applied;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public String getApplicationStatus() {
        return applicationStatus;
    }

    public void setApplicationStatus(String applicationStatus) {
        this.applicationStatus = applicationStatus;
    }

    public String getPathwayCode() {
        return pathwayCode;
    }

    public void setPathwayCode(String pathwayCode) {
        this.pathwayCode = pathwayCode;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public String getSupporterName() {
        return supporterName;
    }

    public void setSupporterName(String supporterName) {
        this.supporterName = supporterName;
    }

    public SupporterRole getSupporterRole() {
        return supporterRole;
    }

    public void setSupporterRole(SupporterRole supporterRole) {
        this.supporterRole = supporterRole;
    }
}
