package org.clinlead.portal.commissioning;

import java.time.Instant;

/** An evidence file of a return (its content is fetched separately). */
public record EvidenceView(long id, String fileName, String kind, long sizeBytes, String uploadedBy, Instant uploadedAt) {

    static EvidenceView of(SubmissionEvidence e) {
        return new EvidenceView(e.getId(), e.getFileName(), e.getKind(), e.getSizeBytes(), e.getUploadedBy(),
                e.getUploadedAt());
    }
}
