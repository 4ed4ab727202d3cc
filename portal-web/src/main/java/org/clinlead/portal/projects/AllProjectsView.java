package org.clinlead.portal.projects;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.Map;
import org.clinlead.portal.shell.CurrentUser;
import org.clinlead.portal.shell.PagedList;

/**
 * The programme's projects: for the programme manager every project with the spread picture (how many
 * never left their unit, their organisation), for everyone else the library of closed projects.
 */
@Named
@ViewScoped
public class AllProjectsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ChangeProjects projects;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private org.clinlead.portal.cohort.FollowUp followUp;

    @Inject
    private org.clinlead.portal.aims.Strategy strategy;

    @Inject
    private org.clinlead.portal.organisations.OrganisationDirectory organisations;

    private PagedList<ProjectSummary> list;
    private Map<String, Map<String, Long>> overview;
    private String status;
    private String spread;
    private String aim;
    private String pathway;
    private String measure;
    private String organisation;
    private String cohort;
    private org.clinlead.portal.cohort.Dashboard dashboard;
    private java.util.List<org.clinlead.portal.aims.PathwaySummary> pathways;
    private java.util.List<org.clinlead.portal.organisations.OrganisationSummary> organisationChoices;

    @PostConstruct
    void init() {
        list = new PagedList<>(projects::search);
        if (isManager()) {
            dashboard = followUp.dashboard();
            overview = Map.of("status", dashboard.projectsByStatus(), "spread", dashboard.projectsBySpread());
        }
        pathways = strategy.pathways();
        organisationChoices = organisations.choices();
    }

    public void applyFilters() {
        list.filter("status", status);
        list.filter("spread", spread);
        list.filter("aim", aim);
        list.filter("pathway", pathway);
        list.filter("measure", measure);
        list.filter("organisation", organisation);
        list.filter("cohort", cohort);
    }

    /** Projects by strategic aim as a horizontal bar chart. */
    public String getAimChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        dashboard.projectsByAim().forEach((label, count) -> {
            labels.add("Aim " + label.substring(0, 1));
            values.add(count);
        });
        return org.clinlead.portal.shell.ScriptJson.of(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "Projects").add("data", values)
                                .add("backgroundColor", "#41B6E6"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false))))
                .build());
    }

    public long percentTaken(org.clinlead.portal.cohort.CohortSummary c) {
        return c.fundedPlaces() == 0 ? 0 : Math.min(100, c.placesTaken() * 100 / c.fundedPlaces());
    }

    public org.clinlead.portal.cohort.Dashboard getDashboard() {
        return dashboard;
    }

    public java.util.List<org.clinlead.portal.aims.PathwaySummary> getPathways() {
        return pathways;
    }

    public java.util.List<org.clinlead.portal.organisations.OrganisationSummary> getOrganisationChoices() {
        return organisationChoices;
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

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
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

    /** The spread levels as a bar chart (Chart.js through PrimeFaces). */
    public String getSpreadChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        overview.get("spread").forEach((label, count) -> {
            labels.add(label);
            values.add(count);
        });
        return org.clinlead.portal.shell.ScriptJson.of(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", "Projects").add("data", values)
                                .add("backgroundColor", "#005EB8"))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false))))
                .build());
    }

    public PagedList<ProjectSummary> getList() {
        return list;
    }

    public Map<String, Map<String, Long>> getOverview() {
        return overview;
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
