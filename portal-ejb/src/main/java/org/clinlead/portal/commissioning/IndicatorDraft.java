package org.clinlead.portal.commissioning;

import java.math.BigDecimal;

/** A new indicator of a scheme in draft. {@code proportion}: numerator over denominator; otherwise a value in {@code unit}. */
public record IndicatorDraft(String name, String rationale, QualityDomain domain, String pathwayCode, Boolean proportion,
        String unit, Improvement improvement, BigDecimal minimum, BigDecimal maximum, BigDecimal weight) {
}
