package org.clinlead.portal.profiles;

import java.util.List;

/** A catalogue entry as people and the API see it. */
public record IndicatorSummary(long id, String code, String name, String definition, IndicatorKind kind, String kindLabel,
        String unit, Polarity polarity, String polarityLabel, String source, PeriodType periodType, String pathwayCode,
        String pathwayName, List<String> aims) {

    static IndicatorSummary of(ProfileIndicator i) {
        return new IndicatorSummary(i.getId(), i.getCode(), i.getName(), i.getDefinition(), i.getKind(), i.getKind().label(),
                i.getKind().unit(), i.getPolarity(), i.getPolarity().label(), i.getSource(), i.getPeriodType(),
                i.getPathway().getCode(), i.getPathway().getName(), List.copyOf(i.getAims()));
    }
}
