package org.clinlead.portal.commissioning;

import java.math.BigDecimal;

/**
 * A new indicator of a scheme in draft. {@code proportion}: numerator over denominator; otherwise a value in
 * {@code unit}. {@code milestones}: quarters 1 to 3 reported only or with their own thresholds (none: every
 * quarter is judged against the year-end thresholds).
 */
public record IndicatorDraft(String name, String rationale, QualityDomain domain, String pathwayCode, Boolean proportion,
        String numeratorDefinition, String denominatorDefinition, String unit, Improvement improvement, BigDecimal minimum, BigDecimal maximum, BigDecimal weight,
        java.util.List<MilestoneDraft> milestones, java.util.Set<String> aims, String profileIndicatorCode) {
}
