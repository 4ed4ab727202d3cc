package org.clinlead.portal.appointments;

import java.io.Serializable;
import java.time.Instant;

/** One panel member's score against one criterion. */
public record ScoreView(long assessorId, String assessorName, long criterionId, String criterionName, int points,
        String comment, Instant scoredAt) implements Serializable {

    static ScoreView of(Score s) {
        return new ScoreView(s.getAssessor().getId(), s.getAssessor().getDisplayName(), s.getCriterion().getId(),
                s.getCriterion().getName(), s.getPoints(), s.getComment(), s.getScoredAt());
    }
}
