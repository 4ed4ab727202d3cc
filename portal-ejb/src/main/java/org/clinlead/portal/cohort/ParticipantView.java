package org.clinlead.portal.cohort;

import java.io.Serializable;
import java.time.LocalDate;

/** A participant as lists show them, with their projects counted and whether one has reached testing. */
public record ParticipantView(long id, long version, long cohortId, String cohortName, String name, String organisation,
        String pathway, String learningSet, String mentorUsername, String mentorName, String mentorReason,
        ParticipantStatus status, String statusLabel, String withdrawnReason, LocalDate enrolledOn, LocalDate completedOn,
        long projects, boolean projectReachedTesting, boolean reflectionWritten) implements Serializable {

    static ParticipantView of(Participant p, long projects, boolean reachedTesting) {
        return new ParticipantView(p.getId(), p.getVersion(), p.getCohort().getId(), p.getCohort().getName(),
                p.getClinician().getDisplayName(), p.getClinician().getOrganisation().getName(), p.getPathway().getName(),
                p.getLearningSet(), p.getMentor() == null ? null : p.getMentor().getUsername(),
                p.getMentor() == null ? null : p.getMentor().getDisplayName(), p.getMentorReason(), p.getStatus(),
                p.getStatus().label(), p.getWithdrawnReason(), p.getEnrolledOn(), p.getCompletedOn(), projects,
                reachedTesting, p.getFinalReflection() != null);
    }
}
