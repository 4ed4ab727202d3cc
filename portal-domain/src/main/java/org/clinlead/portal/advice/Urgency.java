package org.clinlead.portal.advice;

/** How soon the advice is needed, besides its due date. */
public enum Urgency {

    ROUTINE("Routine"), URGENT("Urgent");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
