package org.clinlead.portal.targets;

/** What a target's monthly figure is. */
public enum TargetUnit {

    PERCENT("Percentage"), COUNT("Count in the month");

    private final String label;

    TargetUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
