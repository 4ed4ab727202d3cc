package org.clinlead.portal.commissioning;

import java.math.BigDecimal;
import java.util.List;

/** An indicator of a scheme with its thresholds, weight and the clinical advice given on it. */
public record IndicatorView(long id, long contractId, String name, String rationale, QualityDomain domain,
        String domainLabel, String pathwayCode, String pathwayName, boolean proportion, String numeratorDefinition,
        String denominatorDefinition, String unit, List<String> aims,
        Improvement improvement, BigDecimal minimum, BigDecimal maximum, BigDecimal weight, List<String> milestones,
        List<AdviceView> advice, String profileIndicatorCode) {

    static IndicatorView of(QualityIndicator i, List<AdviceView> advice) {
        return new IndicatorView(i.getId(), i.getContract().getId(), i.getName(), i.getRationale(), i.getDomain(),
                i.getDomain().label(), i.getPathway().getCode(), i.getPathway().getName(), i.isProportion(),
                i.getNumeratorDefinition(), i.getDenominatorDefinition(), i.getUnit(), List.copyOf(i.getAims()),
                i.thresholds().improvement(), i.thresholds().minimum(), i.thresholds().maximum(), i.getWeight(),
                i.getMilestones().stream().map(m -> "Q" + m.getQuarter() + ": " + (m.isReportOnly() ? "report only"
                        : m.getMinimum().stripTrailingZeros().toPlainString() + " to "
                        + m.getMaximum().stripTrailingZeros().toPlainString())).toList(), advice, i.getProfileIndicatorCode());
    }

    /** The thresholds in words, e.g. "60 % earns nothing below, 90 % earns it all". */
    public String thresholdsText() {
        String u = proportion ? " %" : " " + unit;
        return "nothing below " + minimum.stripTrailingZeros().toPlainString() + u + ", all at "
                + (improvement == Improvement.HIGHER_IS_BETTER ? "or above " : "or below ")
                + maximum.stripTrailingZeros().toPlainString() + u;
    }
}
