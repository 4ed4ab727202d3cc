package org.clinlead.portal.appointments;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinlead.portal.shell.CurrentUser;
import org.clinlead.portal.shell.Feedback;

/**
 * One application — for the medical director, the approval screen: seat and holders, candidate, scores
 * and comments, declarations, conflict flags with their handling, what blocks approval, and Approve /
 * Reject with a reason. Panel members score here, the chair recommends here, and anyone flagged states
 * how their conflict is managed here.
 */
@Named
@ViewScoped
public class ApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AppointmentDecisions appointmentDecisions;

    @Inject
    private LeadApplications leadApplications;

    @Inject
    private Scoring scoring;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private ApplicationFile file;
    private final Map<Long, Integer> points = new HashMap<>();
    private final Map<Long, String> comments = new HashMap<>();
    private String conflictStatement;
    private String rationale;
    private String reason;
    private String shortlistReason;

    public void load() {
        file = leadApplications.application(id);
        for (ScoreView s : file.scores()) {
            if (s.assessorName().equals(currentUser.getDisplayName())) {
                points.putIfAbsent(s.criterionId(), s.points());
                comments.putIfAbsent(s.criterionId(), s.comment());
            }
        }
    }

    public String stateConflict() {
        return act("conflict", () -> leadApplications.stateConflict(id, conflictStatement),
                "Your statement is recorded and will be shown to the approver.");
    }

    public String score() {
        List<ScoreInput> scores = new ArrayList<>();
        for (CriterionView c : file.vacancy().criteria()) {
            scores.add(new ScoreInput(c.id(), points.get(c.id()), comments.get(c.id())));
        }
        return act("score", () -> scoring.score(id, scores), "Your scores are saved.");
    }

    public String recommend() {
        return act("recommend", () -> scoring.recommend(id, rationale),
                "Your recommendation is with the medical directors.");
    }

    public String leaveOffShortlist() {
        return act("shortlist", () -> scoring.leaveOffShortlist(id, shortlistReason),
                "The application is left off the shortlist; the panel will not score it.");
    }

    public String approve() {
        return act("decide", () -> appointmentDecisions.decide(id, Outcome.APPROVED, reason),
                "Approved. " + file.application().candidateName() + " is appointed to the " + file.application().seatLabel()
                        + " and joins the Clinical Advisory Group.");
    }

    public String reject() {
        return act("decide", () -> appointmentDecisions.decide(id, Outcome.REJECTED, reason),
                "The recommendation is rejected; the panel chair has been left to recommend again or close the vacancy.");
    }

    private String act(String form, Runnable action, String done) {
        String outcome = Feedback.attempt(form, action, done, "/appointments/application?faces-redirect=true&id=" + id);
        if (outcome == null) {
            load();
        }
        return outcome;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ApplicationFile getFile() {
        return file;
    }

    public Map<Long, Integer> getPoints() {
        return points;
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public int[] getScale() {
        return new int[] {0, 1, 2, 3, 4};
    }

    public String getConflictStatement() {
        return conflictStatement;
    }

    public void setConflictStatement(String conflictStatement) {
        this.conflictStatement = conflictStatement;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getShortlistReason() {
        return shortlistReason;
    }

    public void setShortlistReason(String shortlistReason) {
        this.shortlistReason = shortlistReason;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
