package org.clinlead.portal.shell;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clinlead.portal.aims.AimSummary;
import org.clinlead.portal.appointments.QueueEntry;

/**
 * The home page: who you are, what your roles let you do, and the strategy's aims. Each role's work
 * queue joins this page as its capability is built.
 */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private CurrentUser currentUser;

    /** The boundaries the page asks, injected once for the application rather than into every request's bean. */
    @Inject
    private HomeBoundaries boundaries;

    private List<org.clinlead.portal.commissioning.WorkItem> contractWork;
    private List<org.clinlead.portal.advice.AdviceSummary> adviceWork;

    private org.clinlead.portal.strategy.HeadlineFigures headlines;
    private org.clinlead.portal.strategy.GapsView gaps;

    private long menteeCount;
    private List<org.clinlead.portal.cohort.ApplicationView> awaitingSupport = List.of();
    private List<org.clinlead.portal.cohort.FollowUpTask> followUps;
    private List<org.clinlead.portal.cohort.ParticipantView> places;
    private List<org.clinlead.portal.projects.ReferralView> referred;
    private List<org.clinlead.portal.projects.ProjectSummary> projects;
    private List<org.clinlead.portal.boards.InboxEntry> toReview;
    private List<org.clinlead.portal.boards.ActionView> myActions;

    private List<AimSummary> aims;
    private List<QueueEntry> approvals = List.of();
    private List<QueueEntry> panelWork;

    @PostConstruct
    void load() {
        aims = boundaries.strategy().aims();
        if (currentUser.has("MEDICAL_DIRECTOR")) {
            approvals = boundaries.appointmentDecisions().approvalQueue();
        }
        panelWork = boundaries.panels().myPanelWork();
        toReview = boundaries.paperReviews().inbox();
        myActions = boundaries.boardActions().myActions();
        projects = boundaries.changeProjects().mine();
        if (currentUser.has("MENTOR")) {
            menteeCount = boundaries.mentoring().menteeCount();
        }
        if (currentUser.has("MEDICAL_DIRECTOR")) {
            awaitingSupport = boundaries.cohortApplications().awaitingSupport();
        }
        followUps = boundaries.followUp().myFollowUps();
        places = boundaries.participants().myPlaces();
        referred = boundaries.projectSpread().referredToMe();
        contractWork = boundaries.commissioning().myWork();
        adviceWork = boundaries.adviceRequests().waitingForMe();
        if (currentUser.has("MEDICAL_DIRECTOR") || currentUser.has("ADMIN") || currentUser.has("BOARD_MEMBER")
                || currentUser.has("PROGRAMME_MANAGER")) {
            headlines = boundaries.strategyHeadlines().headlines();
            gaps = boundaries.strategyCoverage().gaps();
        }
    }

    /** For the strategy's owners: the headline figures, and the gaps in coverage (null for others). */
    public org.clinlead.portal.strategy.HeadlineFigures getHeadlines() {
        return headlines;
    }

    public org.clinlead.portal.strategy.GapsView getGaps() {
        return gaps;
    }

    /** Requests for clinical advice waiting for the caller: to take on, to answer, or to say what happened. */
    public List<org.clinlead.portal.advice.AdviceSummary> getAdviceWork() {
        return adviceWork;
    }

    /** What waits for the caller on CQUIN contracts. */
    public List<org.clinlead.portal.commissioning.WorkItem> getContractWork() {
        return contractWork;
    }

    /** How many mentees the mentor has. */
    public long getMenteeCount() {
        return menteeCount;
    }

    /** Programme applications naming a medical director whose support is not yet confirmed. */
    public List<org.clinlead.portal.cohort.ApplicationView> getAwaitingSupport() {
        return awaitingSupport;
    }

    /** Open follow-up rounds the caller, as an alumnus, is asked to answer. */
    public List<org.clinlead.portal.cohort.FollowUpTask> getFollowUps() {
        return followUps;
    }

    /** The caller's places on the programme. */
    public List<org.clinlead.portal.cohort.ParticipantView> getPlaces() {
        return places;
    }

    /** Change projects put forward to the caller's boards. */
    public List<org.clinlead.portal.projects.ReferralView> getReferred() {
        return referred;
    }

    /** The caller's change projects with their latest SPC verdict. */
    public List<org.clinlead.portal.projects.ProjectSummary> getProjects() {
        return projects;
    }

    /** Published papers of the caller's boards they have not opened yet, oldest meeting first. */
    public List<org.clinlead.portal.boards.InboxEntry> getToReview() {
        return toReview;
    }

    /** The caller's actions not yet done. */
    public List<org.clinlead.portal.boards.ActionView> getMyActions() {
        return myActions;
    }

    /** Recommendations waiting for a medical director, oldest first. */
    public List<QueueEntry> getApprovals() {
        return approvals;
    }

    /** Applications waiting for the caller's scores. */
    public List<QueueEntry> getPanelWork() {
        return panelWork;
    }

    public List<AimSummary> getAims() {
        return aims;
    }

    /** Whether nothing waits on the person: no decision, score, paper, action, contract, advice or follow-up. */
    public boolean isNothingNeeded() {
        return empty(approvals) && empty(panelWork) && empty(toReview) && empty(myActions) && empty(getContractWork())
                && empty(getAdviceWork()) && empty(getAwaitingSupport()) && empty(getFollowUps());
    }

    private static boolean empty(java.util.Collection<?> list) {
        return list == null || list.isEmpty();
    }
}
