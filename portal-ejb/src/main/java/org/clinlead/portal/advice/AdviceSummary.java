package org.clinlead.portal.advice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request for advice as listed; {@code askedOf} names the pathway or the key programme whose leads are asked (the
 * other's code and name are null).
 */
public record AdviceSummary(long id, String question, String pathwayCode, String pathwayName, String programmeCode,
        String programmeName, String askedOf, AdviceStatus status,
        String statusLabel, Urgency urgency, LocalDate dueOn, boolean overdue, String requesterName, String responderName,
        Instant raisedAt, AdviceSubject subject, Long subjectId, String subjectLabel, AdviceOutcome outcome, long version) {

    static AdviceSummary of(AdviceRequest r, LocalDate today) {
        return new AdviceSummary(r.getId(), r.getQuestion(), r.getPathway() == null ? null : r.getPathway().getCode(),
                r.getPathway() == null ? null : r.getPathway().getName(), r.getProgramme() == null ? null : r.getProgramme().getCode(),
                r.getProgramme() == null ? null : r.getProgramme().getName(), r.networkName(), r.getStatus(),
                r.getStatus().label(), r.getUrgency(), r.getDueOn(), r.isOverdue(today), r.getRequesterName(),
                r.getResponder() == null ? null : r.getResponder().getDisplayName(), r.getRaisedAt(), r.getSubject(),
                r.getSubjectId(), r.getSubjectLabel(), r.getOutcome(), r.getVersion());
    }
}
