package org.clinlead.portal.appointments;

import java.io.Serializable;
import java.time.Instant;

/** An application and the steps taken on it (recommendation, decision). */
public record ApplicationSummary(long id, long version, long vacancyId, String seatLabel, long candidateId,
        String candidateName, String candidateOrganisation, String statement, Instant submittedAt,
        ApplicationStatus status, String statusLabel, String shortlistNote, String recommendation, String recommendedBy, Instant recommendedAt,
        String decisionReason, String decidedBy, Instant decidedAt) implements Serializable {

    static ApplicationSummary of(LeadApplication a) {
        return new ApplicationSummary(a.getId(), a.getVersion(), a.getVacancy().getId(), a.getVacancy().getSeat().getLabel(),
                a.getCandidate().getId(), a.getCandidate().getDisplayName(), a.getCandidate().getOrganisation().getName(),
                a.getStatement(), a.getSubmittedAt(), a.getStatus(), a.getStatus().label(), a.getShortlistNote(), a.getRecommendation(),
                a.getRecommendedBy(), a.getRecommendedAt(), a.getDecisionReason(), a.getDecidedBy(), a.getDecidedAt());
    }
}
