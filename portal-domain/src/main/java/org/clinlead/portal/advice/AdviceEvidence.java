package org.clinlead.portal.advice;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.clinlead.portal.shared.RuleViolationException;
import org.clinlead.portal.shared.StoredFile;

/** A file the responder attaches to their advice (PDF, XLSX or CSV, checked by opening it), stored by its SHA-256. */
@Entity
@Table(name = "advice_evidence")
public class AdviceEvidence extends StoredFile {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private AdviceRequest request;

    protected AdviceEvidence() {
    }

    public AdviceEvidence(AdviceRequest request, String fileName, String kind, long sizeBytes, String sha256,
            String uploadedBy, Instant now) {
        super(fileName, kind, sizeBytes, sha256, uploadedBy, now);
        if (!request.getStatus().isPending()) {
            throw new RuleViolationException("Evidence is attached while the advice is being written.");
        }
        this.request = request;
    }

    public AdviceRequest getRequest() {
        return request;
    }
}
