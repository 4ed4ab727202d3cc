package org.clinlead.portal.appointments;

import java.io.Serializable;

/** A panel member's score for one criterion: 0–4 and a comment. */
public record ScoreInput(Long criterionId, Integer points, String comment) implements Serializable {
}
