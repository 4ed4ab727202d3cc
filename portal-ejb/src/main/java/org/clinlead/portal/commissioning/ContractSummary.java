package org.clinlead.portal.commissioning;

import java.math.BigDecimal;

/**
 * A contract in a list: the parties, the year, the money at risk, where the scheme stands, and what it has
 * earned so far at its latest accepted results ({@code earned}, with {@code achievement} as a share of the
 * CQUIN value, 0 to 1), and each indicator's achievement ({@code byIndicator}).
 */
public record ContractSummary(long id, long version, String reference, long commissionerId, String commissionerName,
        long providerId, String providerName, int startYear, String year, BigDecimal annualValue, BigDecimal cquinShare,
        BigDecimal cquinValue, SchemeStatus status, String statusLabel, int indicators, BigDecimal earned,
        BigDecimal achievement, boolean reconciled, java.util.List<IndicatorAchievement> byIndicator) {

    /** One indicator's year-end achievement so far (its latest accepted return), 0 to 1: the region view's chart. */
    public record IndicatorAchievement(String name, BigDecimal weight, BigDecimal achievement) {
    }
}
