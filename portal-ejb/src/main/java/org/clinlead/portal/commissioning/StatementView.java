package org.clinlead.portal.commissioning;

import java.math.BigDecimal;
import java.util.List;

/**
 * The reconciliation statement with its arithmetic: per indicator, weight × achievement × CQUIN value = earned
 * (rounded to pence for each indicator), then earned − paid on account = balance. {@code settled}: the year was
 * reconciled and these are the figures kept; otherwise the position at the latest accepted results.
 */
public record StatementView(String reference, String providerName, String commissionerName, String year,
        BigDecimal cquinValue, List<Line> lines, BigDecimal earned, BigDecimal paidOnAccount, BigDecimal balance,
        String balanceText, boolean settled) {

    /** One indicator's line: {@code arithmetic} is the sum written out, e.g. "40 % × 60.00 % × £270,000.00 = £64,800.00". */
    public record Line(String name, BigDecimal weight, BigDecimal achievement, BigDecimal earned, String arithmetic) {
    }
}
