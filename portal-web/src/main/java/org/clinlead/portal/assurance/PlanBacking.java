package org.clinlead.portal.assurance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinlead.portal.shared.EvidenceUpload;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shell.EvidenceUploads;
import org.primefaces.model.file.UploadedFile;

/** The plan's upload (a PDF). */
@Named
@ViewScoped
public class PlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssuranceBacking page;

    @Inject
    private AssuranceReviews reviews;

    private transient UploadedFile file;

    public String attach() {
        return page.act("plan", () -> {
            EvidenceUpload upload = EvidenceUploads.of(file);
            if (upload == null) {
                throw new InvalidInputException("file", "Choose the plan: a PDF.");
            }
            reviews.attachPlan(page.getId(), upload);
        }, "The plan is attached; the panel is told it can rate.");
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
