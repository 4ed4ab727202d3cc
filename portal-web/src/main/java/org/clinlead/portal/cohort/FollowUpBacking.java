package org.clinlead.portal.cohort;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.clinlead.portal.shell.CurrentUser;
import org.clinlead.portal.shell.Feedback;

/** A follow-up round: the alumnus's five-minute form, and for the programme manager every answer. */
@Named
@ViewScoped
public class FollowUpBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FollowUp followUp;

    @Inject
    private CurrentUser currentUser;

    private Long round;
    private FollowUpTask task;
    private List<ResponseView> responses = List.of();
    private RoundView roundView;
    private String presentRole;
    private String leadershipRoles;
    private Boolean inRegion;
    private Sustained projectsSustained;
    private Integer furtherProjects = 0;
    private Integer patientsAffected = 0;
    private Integer hoursSaved = 0;
    private BigDecimal moneySaved = BigDecimal.ZERO;

    public void load() {
        task = followUp.myFollowUps().stream().filter(t -> t.round().id() == round).findFirst().orElse(null);
        if (task != null) {
            roundView = task.round();
            ResponseView a = task.answer();
            if (a != null) {
                presentRole = a.presentRole();
                leadershipRoles = a.leadershipRoles();
                inRegion = a.inRegion();
                projectsSustained = a.projectsSustained();
                furtherProjects = a.furtherProjects();
                patientsAffected = a.patientsAffected();
                hoursSaved = a.hoursSaved();
                moneySaved = a.moneySaved();
            }
        }
        if (isManager()) {
            responses = followUp.responses(round);
            roundView = followUp.rounds(null).stream().filter(r -> r.id() == round).findFirst().orElse(roundView);
        }
        if (roundView == null) {
            throw new org.clinlead.portal.shared.RecordNotFoundException(FollowUp.ROUND, round);
        }
    }

    public boolean isManager() {
        return currentUser.has("PROGRAMME_MANAGER") || currentUser.has("ADMIN");
    }

    public String save() {
        return Feedback.attempt("answer", () -> followUp.respond(round, new ResponseDraft(presentRole, leadershipRoles, inRegion,
                projectsSustained, furtherProjects, patientsAffected, hoursSaved, moneySaved)),
                "Thank you: your answer is saved. You can change it until " + roundView.closesOn() + ".",
                "/cohort/follow-up?faces-redirect=true&round=" + round);
    }

    public Sustained[] getSustainedChoices() {
        return Sustained.values();
    }

    public Long getRound() {
        return round;
    }

    public void setRound(Long round) {
        this.round = round;
    }

    public FollowUpTask getTask() {
        return task;
    }

    public List<ResponseView> getResponses() {
        return responses;
    }

    public RoundView getRoundView() {
        return roundView;
    }

    public String getPresentRole() {
        return presentRole;
    }

    public void setPresentRole(String presentRole) {
        this.presentRole = presentRole;
    }

    public String getLeadershipRoles() {
        return leadershipRoles;
    }

    public void setLeadershipRoles(String leadershipRoles) {
        this.leadershipRoles = leadershipRoles;
    }

    public Boolean getInRegion() {
        return inRegion;
    }

    public void setInRegion(Boolean inRegion) {
        this.inRegion = inRegion;
    }

    public Sustained getProjectsSustained() {
        return projectsSustained;
    }

    public void setProjectsSustained(Sustained projectsSustained) {
        this.projectsSustained = projectsSustained;
    }

    public Integer getFurtherProjects() {
        return furtherProjects;
    }

    public void setFurtherProjects(Integer furtherProjects) {
        this.furtherProjects = furtherProjects;
    }

    public Integer getPatientsAffected() {
        return patientsAffected;
    }

    public void setPatientsAffected(Integer patientsAffected) {
        this.patientsAffected = patientsAffected;
    }

    public Integer getHoursSaved() {
        return hoursSaved;
    }

    public void setHoursSaved(Integer hoursSaved) {
        this.hoursSaved = hoursSaved;
    }

    public BigDecimal getMoneySaved() {
        return moneySaved;
    }

    public void setMoneySaved(BigDecimal moneySaved) {
        this.moneySaved = moneySaved;
    }
}
