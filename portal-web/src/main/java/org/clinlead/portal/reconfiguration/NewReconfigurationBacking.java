package org.clinlead.portal.reconfiguration;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.clinlead.portal.aims.AimSummary;
import org.clinlead.portal.aims.PathwaySummary;
import org.clinlead.portal.aims.Strategy;
import org.clinlead.portal.organisations.ChosenOrganisations;
import org.clinlead.portal.organisations.OrganisationDirectory;
import org.clinlead.portal.organisations.OrganisationFinder;
import org.clinlead.portal.organisations.OrganisationSummary;
import org.clinlead.portal.shell.Feedback;

/** A new case for change: what is proposed, by whom, for which services, affecting whom. */
@Named
@ViewScoped
public class NewReconfigurationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Reconfigurations reconfigurations;

    @Inject
    private Strategy strategy;

    @Inject
    private OrganisationDirectory organisations;

    private String title;
    private OrganisationSummary sponsor;
    private String services;
    private String summary;
    private String options;
    private String pathwayCode;
    private List<String> aims = new ArrayList<>(List.of("E"));
    private final ChosenOrganisations affected = new ChosenOrganisations();

    @Inject
    private org.clinlead.portal.shell.CurrentUser currentUser;

    /** A commissioner or provider proposes for their own organisation: it comes chosen. */
    @PostConstruct
    void init() {
        if ((currentUser.has("COMMISSIONER") || currentUser.has("PROVIDER")) && currentUser.getMe() != null
                && currentUser.getMe().organisationId() != null) {
            sponsor = organisations.find(currentUser.getMe().organisationId());
        }
    }

    public String submit() {
        ReconfigurationView[] made = new ReconfigurationView[1];
        String outcome = Feedback.attempt("proposal", () -> made[0] = reconfigurations.submit(new ReconfigurationDraft(title,
                OrganisationFinder.id(sponsor), services, summary, options, pathwayCode, aims, affected.ids())),
                "The case for change is submitted. The regional team sets its clinical review panel.", null);
        return made[0] == null ? outcome : "/reconfiguration/proposal?faces-redirect=true&id=" + made[0].id();
    }

    public List<PathwaySummary> getPathways() {
        return strategy.pathways();
    }

    public List<AimSummary> getAimChoices() {
        return strategy.aims();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public OrganisationSummary getSponsor() {
        return sponsor;
    }

    public void setSponsor(OrganisationSummary sponsor) {
        this.sponsor = sponsor;
    }

    public String getServices() {
        return services;
    }

    public void setServices(String services) {
        this.services = services;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public String getPathwayCode() {
        return pathwayCode;
    }

    public void setPathwayCode(String pathwayCode) {
        this.pathwayCode = pathwayCode;
    }

    public List<String> getAims() {
        return aims;
    }

    public void setAims(List<String> aims) {
        this.aims = aims;
    }

    public ChosenOrganisations getAffected() {
        return affected;
    }
}
