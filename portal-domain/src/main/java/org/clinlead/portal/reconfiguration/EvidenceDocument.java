package org.clinlead.portal.reconfiguration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * A document the sponsor submits as evidence for one checklist item (PDF, XLSX or CSV, checked by opening it),
 * stored by its SHA-256. Documents are for the panel and the organisations concerned, never the public log.
 */
@Entity
@Table(name = "reconfiguration_document")
public class EvidenceDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private EvidenceItem item;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "file_kind", nullable = false, length = 10, updatable = false)
    private String kind;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 200, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected EvidenceDocument() {
    }

    public EvidenceDocument(EvidenceItem item, String fileName, String kind, long sizeBytes, String sha256,
            String uploadedBy, Instant now) {
        Stage stage = item.getReconfiguration().getStage();
        if (stage != Stage.SUBMITTED && stage != Stage.CLINICAL_REVIEW) {
            throw new RuleViolationException("Evidence is submitted until the panel recommends.");
        }
        this.item = item;
        this.fileName = fileName;
        this.kind = kind;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public Long getId() {
        return id;
    }

    public EvidenceItem getItem() {
        return item;
    }

    public String getFileName() {
        return fileName;
    }

    public String getKind() {
        return kind;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
