package org.clinlead.portal.projects;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.clinlead.portal.organisations.OrganisationDirectory;
import org.clinlead.portal.organisations.OrganisationSummary;
import org.clinlead.portal.shared.PortalException;
import org.clinlead.portal.shell.Feedback;

/** The participant's projects, and the form that starts one (helping to write a SMART aim). */
@Named
@ViewScoped
public class MyProjectsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ChangeProjects projects;

    @Inject
    private OrganisationDirectory organisations;

    private List<ProjectSummary> mine;
    private List<OrganisationSummary> organisationChoices;
    private String title;
    private String problem;
    private String aimWhat;
    private String aimHowMuch;
    private LocalDate aimByWhen;
    private String service;
    private Long organisationId;
    private List<String> aims = new ArrayList<>(List.of("B"));

    @PostConstruct
    void load() {
        mine = projects.mine();
        organisationChoices = organisations.choices();
    }

    public String create() {
        ProjectSummary project;
        try {
            project = projects.create(new ProjectDraft(title, problem, aimWhat, aimHowMuch, aimByWhen, service, organisationId,
                    null, new TreeSet<>(aims)));
        } catch (PortalException e) {
            Feedback.show("create", e);
            return null;
        }
        Feedback.done("Your project is started. Add its outcome measure next.");
        return "/projects/project?faces-redirect=true&id=" + project.id();
    }

    public List<ProjectSummary> getMine() {
        return mine;
    }

    public List<OrganisationSummary> getOrganisationChoices() {
        return organisationChoices;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getAimWhat() {
        return aimWhat;
    }

    public void setAimWhat(String aimWhat) {
        this.aimWhat = aimWhat;
    }

    public String getAimHowMuch() {
        return aimHowMuch;
    }

    public void setAimHowMuch(String aimHowMuch) {
        this.aimHowMuch = aimHowMuch;
    }

    public LocalDate getAimByWhen() {
        return aimByWhen;
    }

    public void setAimByWhen(LocalDate aimByWhen) {
        this.aimByWhen = aimByWhen;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public List<String> getAims() {
        return aims;
    }

    public void setAims(List<String> aims) {
        this.aims = aims;
    }
}
