package org.clinlead.portal.projects;

/** The family of measures: what the project is for, how the process runs, and what must not get worse. */
public enum MeasureType {
    OUTCOME("Outcome"),
    PROCESS("Process"),
    BALANCING("Balancing");

    private final String label;

    MeasureType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
