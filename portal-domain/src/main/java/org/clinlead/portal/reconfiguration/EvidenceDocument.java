package org.clinlead.portal.reconfiguration;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.clinlead.portal.shared.RuleViolationException;
import org.clinlead.portal.shared.StoredFile;

/**
 * A document the sponsor submits as evidence for one checklist item (PDF, XLSX or CSV, checked by opening it),
 * stored by its SHA-256. Documents are for the panel and the organisations concerned, never the public log.
 */
@Entity
@Table(name = "reconfiguration_document")
public class EvidenceDocument extends StoredFile {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private EvidenceItem item;

    protected EvidenceDocument() {
    }

    public EvidenceDocument(EvidenceItem item, String fileName, String kind, long sizeBytes, String sha256,
            String uploadedBy, Instant now) {
        super(fileName, kind, sizeBytes, sha256, uploadedBy, now);
        Stage stage = item.getReconfiguration().getStage();
        if (stage != Stage.SUBMITTED && stage != Stage.CLINICAL_REVIEW) {
            throw new RuleViolationException("Evidence is submitted until the panel recommends.");
        }
        this.item = item;
    }

    public EvidenceItem getItem() {
        return item;
    }
}
