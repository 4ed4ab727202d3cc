package org.clinlead.portal.appointments;

/** Where a seat stands: filled by an appointment in its term, being recruited through an open vacancy, or vacant. */
public enum SeatState {
    FILLED("Filled"),
    BEING_RECRUITED("Being recruited"),
    VACANT("Vacant");

    private final String label;

    SeatState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static SeatState of(boolean filled, boolean recruiting) {
        return filled ? FILLED : recruiting ? BEING_RECRUITED : VACANT;
    }
}
