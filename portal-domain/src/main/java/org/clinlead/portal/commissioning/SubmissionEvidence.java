package org.clinlead.portal.commissioning;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.clinlead.portal.shared.StoredFile;

/**
 * An evidence file attached to a return (PDF, XLSX or CSV), checked by its content before it is kept; the
 * bytes are stored outside the web root, named by their SHA-256, like board papers.
 */
@Entity
@Table(name = "cquin_evidence")
public class SubmissionEvidence extends StoredFile {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", nullable = false, updatable = false)
    private QuarterlySubmission submission;

    protected SubmissionEvidence() {
    }

    public SubmissionEvidence(QuarterlySubmission submission, String fileName, String kind, long sizeBytes, String sha256,
            String uploadedBy, Instant now) {
        super(fileName, kind, sizeBytes, sha256, uploadedBy, now);
        this.submission = submission;
    }

    public QuarterlySubmission getSubmission() {
        return submission;
    }
}
