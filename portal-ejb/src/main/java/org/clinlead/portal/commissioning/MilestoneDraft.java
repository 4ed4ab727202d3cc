package org.clinlead.portal.commissioning;

import java.math.BigDecimal;

/** A quarter's milestone (quarters 1 to 3): report only, or its own minimum and maximum. */
public record MilestoneDraft(Integer quarter, Boolean reportOnly, BigDecimal minimum, BigDecimal maximum) {

    Milestone toMilestone(Improvement improvement) {
        if (quarter == null) {
            throw new org.clinlead.portal.shared.InvalidInputException("milestones", "Say which quarter (1 to 3) each "
                    + "milestone is for.");
        }
        return Boolean.TRUE.equals(reportOnly) ? Milestone.reportOnly(quarter)
                : Milestone.of(quarter, new Thresholds(minimum, maximum, improvement));
    }
}
