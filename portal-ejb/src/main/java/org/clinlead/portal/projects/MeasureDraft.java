package org.clinlead.portal.projects;

/** A new measure. */
public record MeasureDraft(String name, MeasureType type, String unit, Direction direction, Double target,
        String definition) {
}
