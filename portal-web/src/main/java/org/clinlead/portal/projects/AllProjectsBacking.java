package org.clinlead.portal.projects;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinlead.portal.organisations.OrganisationSummary;
import org.clinlead.portal.shell.CurrentUser;
import org.clinlead.portal.shell.PagedList;

/**
 * The programme's projects: for the programme manager every project with the spread picture (how many
 * never left their unit, their organisation), for everyone else the library of closed projects.
 */
@Named
@ViewScoped
public class AllProjectsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectLibrary projectLibrary;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private org.clinlead.portal.aims.Strategy strategy;

    private PagedList<ProjectSummary> list;
    private String status;
    private String spread;
    private String aim;
    private String pathway;
    private String measure;
    private OrganisationSummary organisation;
    private String cohort;
    private java.util.List<org.clinlead.portal.aims.PathwaySummary> pathways;

    @PostConstruct
    void init() {
        list = new PagedList<>(projectLibrary::search);
        pathways = strategy.pathways();
    }

    public void applyFilters() {
        list.filter("status", status);
        list.filter("spread", spread);
        list.filter("aim", aim);
        list.filter("pathway", pathway);
        list.filter("measure", measure);
        list.filter("organisation", organisation == null ? null : String.valueOf(organisation.id()));
        list.filter("cohort", cohort);
    }

    public java.util.List<org.clinlead.portal.aims.PathwaySummary> getPathways() {
        return pathways;
    }

    public String getPathway() {
        return pathway;
    }

    public void setPathway(String pathway) {
        this.pathway = pathway;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public OrganisationSummary getOrganisation() {
        return organisation;
    }

    public void setOrganisation(OrganisationSummary organisation) {
        this.organisation = organisation;
    }

    public String getCohort() {
        return cohort;
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }

    public boolean isManager() {
        return currentUser.has("PROGRAMME_MANAGER") || currentUser.has("ADMIN");
    }

    public PagedList<ProjectSummary> getList() {
        return list;
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public SpreadLevel[] getSpreadLevels() {
        return SpreadLevel.values();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSpread() {
        return spread;
    }

    public void setSpread(String spread) {
        this.spread = spread;
    }

    public String getAim() {
        return aim;
    }

    public void setAim(String aim) {
        this.aim = aim;
    }
}
