package org.clinlead.portal.reconfiguration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinlead.portal.shared.EvidenceUpload;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shell.EvidenceUploads;
import org.primefaces.model.file.UploadedFile;

/** The sponsor's evidence for a checklist item (words, a document or both), and an item added to the checklist. */
@Named
@ViewScoped
public class EvidenceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReconfigurationBacking page;

    @Inject
    private ReconfigurationEvidence evidenceBoundary;

    private Long itemId;
    private String evidence;
    private transient UploadedFile file;
    private String criterion;

    public String submit() {
        return page.act("evidence", () -> {
            ReconfigurationView.ChecklistItem item = page.item(itemId);
            if (item == null) {
                throw new InvalidInputException("itemId", "Choose the checklist item the evidence is for.");
            }
            EvidenceUpload upload = EvidenceUploads.of(file);
            boolean words = evidence != null && !evidence.isBlank();
            if (!words && upload == null) {
                throw new InvalidInputException("evidence", "Write the evidence, attach a document, or both.");
            }
            if (upload != null) {
                evidenceBoundary.addDocument(page.getId(), itemId, upload);
            }
            if (words) {
                evidenceBoundary.submitEvidence(page.getId(), itemId, evidence, item.version());
            }
        }, "The evidence is submitted; the panel sees it now.");
    }

    public String addItem() {
        return page.act("newItem", () -> evidenceBoundary.addItem(page.getId(), criterion, page.version()),
                "The item is added to the checklist.");
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getCriterion() {
        return criterion;
    }

    public void setCriterion(String criterion) {
        this.criterion = criterion;
    }
}
