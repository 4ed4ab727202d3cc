package org.clinlead.portal.commissioning;

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

/**
 * An evidence file attached to a return (PDF, XLSX or CSV), checked by its content before it is kept; the
 * bytes are stored outside the web root, named by their SHA-256, like board papers.
 */
@Entity
@Table(name = "cquin_evidence")
public class SubmissionEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", nullable = false, updatable = false)
    private QuarterlySubmission submission;

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

    protected SubmissionEvidence() {
    }

    public SubmissionEvidence(QuarterlySubmission submission, String fileName, String kind, long sizeBytes, String sha256,
            String uploadedBy, Instant now) {
        this.submission = submission;
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

    public QuarterlySubmission getSubmission() {
        return submission;
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
