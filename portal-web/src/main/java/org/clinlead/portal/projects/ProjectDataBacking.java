package org.clinlead.portal.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.clinlead.portal.shared.PortalException;
import org.clinlead.portal.shell.Feedback;

/**
 * Data for a measure: one value at a time, or rows pasted from a spreadsheet, previewed before they are saved.
 */
@Named
@ViewScoped
public class ProjectDataBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectBacking project;

    @Inject
    private ProjectMeasures projectMeasures;

    private Long dataMeasureId;

    private LocalDate date = LocalDate.now();

    private Double value;

    private String pasted;

    private ImportPreview preview;

    /** The measure the data is for: the first one until another is chosen. */
    public Long getDataMeasureId() {
        if (dataMeasureId == null && project.getPage() != null && !project.getPage().measures().isEmpty()) {
            dataMeasureId = project.getPage().measures().get(0).measureId();
        }
        return dataMeasureId;
    }

    public void setDataMeasureId(Long dataMeasureId) {
        this.dataMeasureId = dataMeasureId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Double getValue() {
        return value;
    }

    public void setValue(Double value) {
        this.value = value;
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public String addPoint() {
        return project.act("data", () -> projectMeasures.addPoint(dataMeasureId, date, value),
                "Saved: " + value + " for " + date + ".");
    }

    public String previewPasted() {
        try {
            preview = projectMeasures.importPoints(dataMeasureId, pasted, false);
        } catch (PortalException e) {
            Feedback.show("paste", e);
        }
        return null;
    }

    public String importPasted() {
        try {
            preview = projectMeasures.importPoints(dataMeasureId, pasted, true);
        } catch (PortalException e) {
            Feedback.show("paste", e);
            return null;
        }
        if (!preview.saved()) {
            Feedback.error("Nothing was imported: " + preview.errors() + " row(s) need correcting (see below).");
            return null;
        }
        Feedback.done(preview.valid() + " values imported.");
        return "/projects/project?faces-redirect=true&id=" + project.getId();
    }
}
