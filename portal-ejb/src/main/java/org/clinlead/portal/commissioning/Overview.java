package org.clinlead.portal.commissioning;

import java.math.BigDecimal;

/**
 * Where the region's CQUIN schemes stand in a year, over the contracts the caller may see: value at risk,
 * earned to date at the latest accepted results, and the work outstanding.
 */
public record Overview(int startYear, String year, int contracts, int agreed, BigDecimal valueAtRisk,
        BigDecimal earnedToDate, BigDecimal paidOnAccount, long lateReturns, long queriedReturns, long awaitingAssessment,
        long returnsOverdue, long adviceAwaited) {
}
