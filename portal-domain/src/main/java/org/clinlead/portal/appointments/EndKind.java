package org.clinlead.portal.appointments;

/** Why a term was cut short. (A term that runs out needs no record: its end date passes.) */
public enum EndKind {
    RESIGNATION("Resignation"),
    REMOVAL("Removal");

    private final String label;

    EndKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
