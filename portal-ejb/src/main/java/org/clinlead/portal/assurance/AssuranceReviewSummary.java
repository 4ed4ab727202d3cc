package org.clinlead.portal.assurance;

import java.time.LocalDate;

/** An assurance review in a list, with its recommendations still open and overdue. */
public record AssuranceReviewSummary(long id, String title, ReviewSubject subject, String subjectLabel,
        String organisationCode, String organisationName, String period, boolean open, AssuranceLevel level,
        String levelLabel, LocalDate openedOn, LocalDate concludedOn, int openRecommendations, int overdueRecommendations) {
}
