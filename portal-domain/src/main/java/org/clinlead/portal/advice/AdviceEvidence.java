package org.clinlead.portal.advice;

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

/** A file the responder attaches to their advice (PDF, XLSX or CSV, checked by opening it), stored by its SHA-256. */
@Entity
@Table(name = "advice_evidence")
public class AdviceEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private AdviceRequest request;

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

    protected AdviceEvidence() {
    }

    public AdviceEvidence(AdviceRequest request, String fileName, String kind, long sizeBytes, String sha256,
            String uploadedBy, Instant now) {
        if (!request.getStatus().isPending()) {
            throw new org.clinlead.portal.shared.RuleViolationException("Evidence is attached while the advice is being written.");
        }
        this.request = request;
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

    public AdviceRequest getRequest() {
        return request;
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
