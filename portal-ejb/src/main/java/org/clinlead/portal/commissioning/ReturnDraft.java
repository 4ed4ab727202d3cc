package org.clinlead.portal.commissioning;

import java.math.BigDecimal;

/** A quarter's figures for one indicator: numerator and denominator, or a value; and what they show. */
public record ReturnDraft(Integer quarter, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
        String narrative) {
}
