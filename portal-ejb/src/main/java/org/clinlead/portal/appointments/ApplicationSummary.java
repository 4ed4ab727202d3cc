package org.clinlead.portal.appointments;

import java.io.Serializable;
import java.time.Instant;

/**
 * An application and the steps taken on it (recommendation, decision); who recommended and who decided are named as
 * people are shown, not by their usernames.
 */
public record ApplicationSummary(long id, long version, long vacancyId, String seatLabel, long candidateId,
        String candidateName, String candidateOrganisation, String statement, Instant submittedAt,
        ApplicationStatus status, String statusLabel, String shortlistNote, String recommendation, String recommendedBy, Instant recommendedAt,
        String decisionReason, String decidedBy, Instant decidedAt) implements Serializable {

    static ApplicationSummary of(LeadApplication a, jakarta.persistence.EntityManager em) {
        return of(a, org.clinlead.portal.people.Callers.namer(em));
    }

    /** With names looked up through {@code names} (one lookup per person for a whole list). */
    static ApplicationSummary of(LeadApplication a, java.util.function.UnaryOperator<String> names) {
        return new ApplicationSummary(a.getId(), a.getVersion(), a.getVacancy().getId(), a.getVacancy().getSeat().getLabel(),
                a.getCandidate().getId(), a.getCandidate().getDisplayName(), a.getCandidate().getOrganisation().getName(),
                a.getStatement(), a.getSubmittedAt(), a.getStatus(), a.getStatus().label(), a.getShortlistNote(), a.getRecommendation(),
                names.apply(a.getRecommendedBy()), a.getRecommendedAt(), a.getDecisionReason(),
                names.apply(a.getDecidedBy()), a.getDecidedAt());
    }
}
