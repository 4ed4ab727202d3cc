package org.clinlead.portal.projects;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A measure with its calculated series: each point's date, value, mean, process limits, special cause and
 * type; the verdicts; and the PDSA cycles linked to it (for annotating the chart).
 */
public record SpcView(long measureId, String name, MeasureType type, String unit, Direction direction, Double target,
        String definition, Integer baselinePoints, List<LocalDate> rebaseDates, List<Spc.Row> rows, boolean tooFewPoints,
        PointType variation, String variationLabel, Assurance assurance, String assuranceLabel, List<Annotation> pdsa)
        implements Serializable {

    /** A PDSA cycle on the chart: its start date and what it tested. */
    public record Annotation(LocalDate date, String change, ActDecision act) implements Serializable {
    }
}
