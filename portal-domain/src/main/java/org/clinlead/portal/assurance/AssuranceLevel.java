package org.clinlead.portal.assurance;

/** The panel's overall conclusion on a plan, in the four levels of NHS internal audit. */
public enum AssuranceLevel {

    FULL("Full assurance"), SIGNIFICANT("Significant assurance"), LIMITED("Limited assurance"), NONE("No assurance");

    private final String label;

    AssuranceLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
