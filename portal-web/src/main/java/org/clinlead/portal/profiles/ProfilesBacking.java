package org.clinlead.portal.profiles;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.PortalException;
import org.clinlead.portal.shell.Feedback;
import org.clinlead.portal.shell.PagedList;
import org.primefaces.model.file.UploadedFile;

/**
 * The practice profiles page: the practices the caller may see and the import of practice values (the catalogue is
 * {@link ProfileCatalogueBacking}).
 */
@Named
@ViewScoped
public class ProfilesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PracticeProfiles profiles;

    @Inject
    private ProfileImport imports;

    private PagedList<PracticeProfiles.PracticeSummary> practices;
    private String name;
    private Boolean seesFigures;
    private transient UploadedFile file;
    private ImportReport report;

    @PostConstruct
    void init() {
        practices = new PagedList<>(profiles::practices);
    }

    public void applyFilters() {
        practices.filter("name", name);
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
            report = org.clinlead.portal.shell.EvidenceUploads.stream(file, "Choose the CSV file of practice values.", in -> imports.load(in, preview));
            if (report.ok() && report.saved()) {
                Feedback.done("Imported " + report.rows() + " values for " + report.practices() + " practices.");
            } else if (report.ok()) {
                Feedback.done("The file is ready to import: " + report.rows() + " values, nothing wrong found. Nothing is "
                        + "saved until you import it.");
            } else {
                Feedback.error("Nothing was imported: " + report.problemLines() + " line" + (report.problemLines() == 1
                        ? " is" : "s are") + " wrong. Correct them and try again.");
            }
        } catch (PortalException e) {
            Feedback.show("importForm", e);
        }
    }

    /** Whether the caller sees any practice's figures, so an indicator's page opens for them (else it is refused). */
    public boolean isSeesFigures() {
        if (seesFigures == null) {
            seesFigures = profiles.practices(PageRequest.of(0, 1)).total() > 0;
        }
        return seesFigures;
    }

    public PagedList<PracticeProfiles.PracticeSummary> getPractices() {
        return practices;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public ImportReport getReport() {
        return report;
    }
}
