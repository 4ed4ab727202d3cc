package org.clinlead.portal.advice;

import java.time.Instant;
import java.time.LocalDate;

/** A request for advice as listed. */
public record AdviceSummary(long id, String question, String pathwayCode, String pathwayName, AdviceStatus status,
        String statusLabel, Urgency urgency, LocalDate dueOn, boolean overdue, String requesterName, String responderName,
        Instant raisedAt, AdviceSubject subject, Long subjectId, String subjectLabel, AdviceOutcome outcome, long version) {

    static AdviceSummary of(AdviceRequest r, LocalDate today) {
        return new AdviceSummary(r.getId(), r.getQuestion(), r.getPathway().getCode(), r.getPathway().getName(), r.getStatus(),
                r.getStatus().label(), r.getUrgency(), r.getDueOn(), r.isOverdue(today), r.getRequesterName(),
                r.getResponder() == null ? null : r.getResponder().getDisplayName(), r.getRaisedAt(), r.getSubject(),
                r.getSubjectId(), r.getSubjectLabel(), r.getOutcome(), r.getVersion());
    }
}
