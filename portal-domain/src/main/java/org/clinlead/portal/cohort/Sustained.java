package org.clinlead.portal.cohort;

/** Whether an alumnus's change projects are still running as intended. */
public enum Sustained {
    YES("Yes, all of them"),
    PARTLY("Some of them"),
    NO("No"),
    NOT_KNOWN("I do not know");

    private final String label;

    Sustained(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
