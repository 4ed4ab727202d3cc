package org.clinlead.portal.appointments;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinlead.portal.people.ClinicianRegister;
import org.clinlead.portal.people.ClinicianSummary;
import org.clinlead.portal.shared.PortalException;
import org.clinlead.portal.shell.Feedback;

/** One vacancy: what it is, its panel, the applications the caller may see, and the application form. */
@Named
@ViewScoped
public class VacancyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LeadApplications leadApplications;

    @Inject
    private Panels panels;

    @Inject
    private Vacancies vacancies;

    @Inject
    private ClinicianRegister clinicians;

    private Long id;
    private VacancySummary vacancy;
    private List<ApplicationSummary> applications;
    private String statement;
    private List<Long> panelIds;
    private Long chairId;
    private List<ClinicianSummary> panelChoices;

    public void load() {
        vacancy = vacancies.vacancy(id);
        applications = leadApplications.applications(id);
        panelIds = vacancy.panel().stream().map(PanelView::clinicianId).toList();
        chairId = vacancy.panel().stream().filter(PanelView::chair).map(PanelView::clinicianId).findFirst().orElse(null);
    }

    public String apply() {
        ApplicationSummary application;
        try {
            application = leadApplications.apply(id, statement);
        } catch (PortalException e) {
            Feedback.show("apply", e);
            return null;
        }
        Feedback.done("Your application is submitted. The panel will score it after the closing date.");
        return "/appointments/application?faces-redirect=true&id=" + application.id();
    }

    public String setPanel() {
        try {
            panels.setPanel(id, panelIds, chairId);
        } catch (PortalException e) {
            Feedback.show("panel", e);
            return null;
        }
        Feedback.done("The panel is set.");
        return "/appointments/vacancy?faces-redirect=true&id=" + id;
    }

    /** Clinicians to choose the panel from, by family name (loaded when the panel form is first shown). */
    public List<ClinicianSummary> getPanelChoices() {
        if (panelChoices == null) {
            panelChoices = clinicians.search(new org.clinlead.portal.shared.PageRequest(0,
                    org.clinlead.portal.shared.PageRequest.MAX_SIZE, "familyName", true, java.util.Map.of())).items();
        }
        return panelChoices;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public VacancySummary getVacancy() {
        return vacancy;
    }

    public List<ApplicationSummary> getApplications() {
        return applications;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public List<Long> getPanelIds() {
        return panelIds;
    }

    public void setPanelIds(List<Long> panelIds) {
        this.panelIds = panelIds;
    }

    public Long getChairId() {
        return chairId;
    }

    public void setChairId(Long chairId) {
        this.chairId = chairId;
    }
}
