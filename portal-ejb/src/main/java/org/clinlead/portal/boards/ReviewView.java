package org.clinlead.portal.boards;

import java.io.Serializable;
import java.time.Instant;

/** A member's review of a paper. */
public record ReviewView(long clinicianId, String name, ReviewPosition position, String positionLabel, String comment,
        Instant updatedAt, long version) implements Serializable {

    static ReviewView of(PaperReview r) {
        return new ReviewView(r.getReviewer().getId(), r.getReviewer().getDisplayName(), r.getPosition(),
                r.getPosition().label(), r.getComment(), r.getUpdatedAt(), r.getVersion());
    }
}
