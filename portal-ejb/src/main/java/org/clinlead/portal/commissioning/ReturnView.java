package org.clinlead.portal.commissioning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A quarter's return for one indicator: the figures and the result they give, its status, whether it was late,
 * the assessment, and (once accepted) the achievement, 0 to 1; with its query thread and evidence.
 */
public record ReturnView(long id, long version, long indicatorId, String indicatorName, int quarter, String quarterLabel,
        BigDecimal numerator, BigDecimal denominator, BigDecimal value, BigDecimal result, String unit, String narrative,
        SubmissionStatus status, String statusLabel, boolean late, String submittedBy, Instant submittedAt,
        String assessedBy, Instant assessedAt, String rejectionReason, String assessorInterest, String assessorHandling,
        BigDecimal achievement, List<MessageView> messages, List<EvidenceView> evidence) {

    static ReturnView of(QuarterlySubmission s, List<MessageView> messages, List<EvidenceView> evidence) {
        return new ReturnView(s.getId(), s.getVersion(), s.getIndicator().getId(), s.getIndicator().getName(),
                s.getQuarter(), s.period().label(), s.getNumerator(), s.getDenominator(), s.getValue(), s.result(),
                s.getIndicator().getUnit(), s.getNarrative(), s.getStatus(), s.getStatus().label(), s.isLate(),
                s.getSubmittedBy(), s.getSubmittedAt(), s.getAssessedBy(), s.getAssessedAt(), s.getRejectionReason(),
                s.getAssessorInterest(), s.getAssessorHandling(), s.achievement(), messages, evidence);
    }
}
