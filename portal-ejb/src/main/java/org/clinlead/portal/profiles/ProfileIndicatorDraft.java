package org.clinlead.portal.profiles;

import java.util.List;

/** A new catalogue entry as asked for. */
public record ProfileIndicatorDraft(String code, String name, String definition, IndicatorKind kind, Polarity polarity,
        String source, PeriodType periodType, String pathwayCode, List<String> aims) {
}
