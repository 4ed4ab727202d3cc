package org.clinlead.portal.cohort;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinlead.portal.projects.ProjectSummary;

/** A mentor's mentees and their projects, with each project's latest verdict and whether it is signed off. */
@Named
@ViewScoped
public class MenteesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Mentoring mentoring;

    private List<ParticipantView> mentees;
    private List<ProjectSummary> projects;

    @PostConstruct
    void init() {
        mentees = mentoring.mentees();
        projects = mentoring.menteeProjects();
    }

    public List<ParticipantView> getMentees() {
        return mentees;
    }

    public List<ProjectSummary> getProjects() {
        return projects;
    }
}
