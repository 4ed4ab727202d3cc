package org.clinlead.portal.cohort;

import java.io.Serializable;
import java.time.Instant;

/** An application as the programme manager and the applicant see it. */
public record ApplicationView(long id, long version, long cohortId, String cohortName, String applicantName,
        String organisation, String pathway, String statement, String supporterName, SupporterRole supporterRole,
        String supporterRoleLabel, String supportConfirmedBy, Instant supportConfirmedAt, ApplicationStatus status,
        String statusLabel, String decisionReason, Instant submittedAt) implements Serializable {

    static ApplicationView of(CohortApplication a) {
        return new ApplicationView(a.getId(), a.getVersion(), a.getCohort().getId(), a.getCohort().getName(),
                a.getClinician().getDisplayName(), a.getClinician().getOrganisation().getName(), a.getPathway().getName(),
                a.getStatement(), a.getSupporterName(), a.getSupporterRole(), a.getSupporterRole().label(),
                a.getSupportConfirmedBy(), a.getSupportConfirmedAt(), a.getStatus(), a.getStatus().label(),
                a.getDecisionReason(), a.getSubmittedAt());
    }
}
