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
import org.clinlead.portal.organisations.OrganisationFinder;
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
    private String title;
    private String problem;
    private String aimWhat;
    private String aimHowMuch;
    private LocalDate aimByWhen;
    private String service;
    private OrganisationSummary organisation;
    private List<String> aims = new ArrayList<>(List.of("B"));
    private String indicator;
    private String practice;
    private List<org.clinlead.portal.profiles.IndicatorSummary> profileIndicators;

    @Inject
    private org.clinlead.portal.profiles.ProfileCatalogue catalogue;

    @PostConstruct
    void load() {
        mine = projects.mine();
    }

    /**
     * Arriving from a practice-profile outlier ({@code ?indicator=CODE&practice=CODE}): the project is about that
     * indicator (its outcome measure) at that practice.
     */
    public void fromProfile() {
        if (indicator == null || indicator.isBlank()) {
            return;
        }
        org.clinlead.portal.profiles.IndicatorSummary i = catalogue.indicator(indicator);
        indicator = i.code();
        String at = organisations.withCode(practice).filter(OrganisationSummary::active).map(o -> {
            organisation = o;
            return " at " + o.name();
        }).orElse("");
        title = title != null ? title : "Reducing variation: " + i.name() + at;
        aimWhat = aimWhat != null ? aimWhat : i.name().toLowerCase(java.util.Locale.UK) + at;
        if (!aims.contains("C")) {
            aims.add("C");
        }
    }

    /** The practice indicators a project can take as its outcome measure. */
    public List<org.clinlead.portal.profiles.IndicatorSummary> getProfileIndicators() {
        if (profileIndicators == null) {
            profileIndicators = catalogue.indicators(org.clinlead.portal.shared.PageRequest.of(0, 200)).items();
        }
        return profileIndicators;
    }

    public String create() {
        ProjectSummary project;
        try {
            ProjectDraft draft = new ProjectDraft(title, problem, aimWhat, aimHowMuch, aimByWhen, service,
                    OrganisationFinder.id(organisation),
                    null, new TreeSet<>(aims));
            if (indicator == null || indicator.isBlank()) {
                project = projects.create(draft);
            } else {
                org.clinlead.portal.profiles.IndicatorSummary i = catalogue.indicator(indicator);
                project = projects.createFromProfile(draft, i.code(), new MeasureDraft(i.name(), MeasureType.OUTCOME,
                        i.unit(), i.polarity() == org.clinlead.portal.profiles.Polarity.HIGHER_IS_BETTER ? Direction.INCREASE
                        : i.polarity() == org.clinlead.portal.profiles.Polarity.LOWER_IS_BETTER ? Direction.DECREASE
                        : Direction.NEUTRAL, null, i.definition() + " (practice profile indicator " + i.code() + ")"));
            }
        } catch (PortalException e) {
            Feedback.show("create", e);
            return null;
        }
        Feedback.done(indicator == null || indicator.isBlank() ? "Your project is started. Add its outcome measure next."
                : "Your project is started, measured by the practice profile indicator " + indicator + ".");
        return "/projects/project?faces-redirect=true&id=" + project.id();
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getPractice() {
        return practice;
    }

    public void setPractice(String practice) {
        this.practice = practice;
    }

    public List<ProjectSummary> getMine() {
        return mine;
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

    public OrganisationSummary getOrganisation() {
        return organisation;
    }

    public void setOrganisation(OrganisationSummary organisation) {
        this.organisation = organisation;
    }

    public List<String> getAims() {
        return aims;
    }

    public void setAims(List<String> aims) {
        this.aims = aims;
    }
}
