package org.clinlead.portal.commissioning;

import java.time.Instant;

/** A lead's advice on an indicator, with any declared interest and how it is managed. */
public record AdviceView(long id, String adviserName, AdvicePosition position, String positionLabel, String advice,
        String declaredInterest, String interestHandling, Instant givenAt) {

    static AdviceView of(IndicatorAdvice a) {
        return new AdviceView(a.getId(), a.getAdviser().getDisplayName(), a.getPosition(), a.getPosition().label(),
                a.getAdvice(), a.getDeclaredInterest(), a.getInterestHandling(), a.getGivenAt());
    }
}
