package org.clinlead.portal.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The people around the project: the owner adds and removes team members; team, mentor and programme
 * manager comment; the mentor signs it off.
 */
@Named
@ViewScoped
public class ProjectTeamBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectBacking project;

    @Inject
    private ProjectTeam projectTeam;

    @Inject
    private org.clinlead.portal.people.ClinicianRegister clinicians;

    private org.clinlead.portal.people.ClinicianSummary newMember;

    private String commentBody;

    private String signOffNote;

    public org.clinlead.portal.people.ClinicianSummary getNewMember() {
        return newMember;
    }

    public void setNewMember(org.clinlead.portal.people.ClinicianSummary newMember) {
        this.newMember = newMember;
    }

    public String getCommentBody() {
        return commentBody;
    }

    public void setCommentBody(String commentBody) {
        this.commentBody = commentBody;
    }

    public String getSignOffNote() {
        return signOffNote;
    }

    public void setSignOffNote(String signOffNote) {
        this.signOffNote = signOffNote;
    }

    /** Clinicians whose name contains what was typed, for adding to the team. */
    public List<org.clinlead.portal.people.ClinicianSummary> completeClinician(String query) {
        if (query == null || query.strip().length() < 2) {
            return List.of();
        }
        try {
            return clinicians.search(new org.clinlead.portal.shared.PageRequest(0, 10, "familyName", true,
                    java.util.Map.of("name", query.strip()))).items();
        } catch (org.clinlead.portal.shared.InvalidInputException e) {
            return List.of(); // text no name could hold: no suggestions
        }
    }

    public String addMember() {
        return project.act("team", () -> projectTeam.addTeamMember(project.getId(), newMember == null ? null : newMember.id()),
                (newMember == null ? "" : newMember.displayName()) + " is on the team: they can add data and PDSA cycles.");
    }

    public String removeMember(long clinicianId) {
        return project.act("team", () -> projectTeam.removeTeamMember(project.getId(), clinicianId),
                "Removed from the team.");
    }

    public String comment() {
        return project.act("comment", () -> projectTeam.comment(project.getId(), commentBody), "Comment added.");
    }

    public String signOff() {
        return project.act("signOff", () -> projectTeam.signOff(project.getId(), project.getPage().project().version(), signOffNote),
                "Signed off.");
    }
}
