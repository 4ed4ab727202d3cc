package org.clinlead.portal.targets;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinlead.portal.shared.PortalException;
import org.clinlead.portal.shell.Feedback;
import org.clinlead.portal.shell.PagedList;
import org.primefaces.model.file.UploadedFile;

/** The operating targets page: the exceptions (or every series), paged in the database; the targets; the import. */
@Named
@ViewScoped
public class TargetsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OperatingTargets targets;

    @Inject
    private TargetImport imports;

    private List<TargetSummary> list;
    private PagedList<TargetExceptionRow> series;
    private boolean everySeries;
    private String target;
    private String organisation;
    private transient UploadedFile file;
    private FiguresReport report;

    @PostConstruct
    void init() {
        list = targets.targets(org.clinlead.portal.shared.PageRequest.of(0, org.clinlead.portal.shared.PageRequest.MAX_SIZE)).items();
        series = new PagedList<>(targets::exceptions);
    }

    public void applyFilters() {
        series = new PagedList<>(everySeries ? targets::allSeries : targets::exceptions);
        series.filter("target", target == null || target.isBlank() ? null : target);
        series.filter("organisation", organisation == null || organisation.isBlank() ? null : organisation.strip());
    }

    /** Checks the file and shows what it holds, saving nothing. */
    public void preview() {
        run(true);
    }

    /** Checks the file and saves it when every line is right. */
    public void save() {
        run(false);
    }

    private void run(boolean preview) {
        report = null;
        try {
            report = org.clinlead.portal.shell.EvidenceUploads.stream(file, "Choose the CSV file of monthly figures.", in -> imports.load(in, preview));
            if (report.ok() && report.saved()) {
                Feedback.done("Imported " + report.rows() + " figures for " + report.organisations() + " organisation"
                        + (report.organisations() == 1 ? "" : "s") + "; " + report.exceptions() + " of the " + report.seriesRead()
                        + " series read are exceptions.");
                applyFilters();
            } else if (report.ok()) {
                Feedback.done("The file is ready to import: " + report.rows() + " figures, nothing wrong found. Nothing is "
                        + "saved until you import it.");
            } else {
                Feedback.error("Nothing was imported: " + report.problemLines() + " line" + (report.problemLines() == 1
                        ? " is" : "s are") + " wrong. Correct them and try again.");
            }
        } catch (PortalException e) {
            Feedback.show("importForm", e);
        }
    }

    public List<TargetSummary> getTargets() {
        return list;
    }

    public PagedList<TargetExceptionRow> getSeries() {
        return series;
    }

    public boolean isEverySeries() {
        return everySeries;
    }

    public void setEverySeries(boolean everySeries) {
        this.everySeries = everySeries;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public FiguresReport getReport() {
        return report;
    }
}
