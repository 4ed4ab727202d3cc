package org.clinlead.portal.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The form for a PDSA cycle: the change, the prediction, what happened, what was learnt and what next.
 */
@Named
@ViewScoped
public class PdsaBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectBacking project;

    @Inject
    private ProjectMeasures projectMeasures;

    private String change;

    private String prediction;

    private String whatHappened;

    private String study;

    private ActDecision act;

    private LocalDate startDate;

    private LocalDate endDate;

    private List<Long> pdsaMeasureIds = new ArrayList<>();

    public String getChange() {
        return change;
    }

    public void setChange(String change) {
        this.change = change;
    }

    public String getPrediction() {
        return prediction;
    }

    public void setPrediction(String prediction) {
        this.prediction = prediction;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public String getStudy() {
        return study;
    }

    public void setStudy(String study) {
        this.study = study;
    }

    public ActDecision getAct() {
        return act;
    }

    public void setAct(ActDecision act) {
        this.act = act;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public List<Long> getPdsaMeasureIds() {
        return pdsaMeasureIds;
    }

    public void setPdsaMeasureIds(List<Long> pdsaMeasureIds) {
        this.pdsaMeasureIds = pdsaMeasureIds;
    }

    public ActDecision[] getActs() {
        return ActDecision.values();
    }

    public String addPdsa() {
        return project.act("pdsa", () -> projectMeasures.addPdsa(project.getId(), new PdsaDraft(change, prediction, whatHappened, study, act, startDate,
                endDate, new LinkedHashSet<>(pdsaMeasureIds))), "The PDSA cycle is recorded; it shows on the chart.");
    }
}
