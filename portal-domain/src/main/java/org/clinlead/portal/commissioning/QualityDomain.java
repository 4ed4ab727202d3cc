package org.clinlead.portal.commissioning;

/** The quality domain an indicator belongs to. */
public enum QualityDomain {
    SAFETY("Safety"),
    EFFECTIVENESS("Effectiveness"),
    EXPERIENCE("Patient experience"),
    INNOVATION("Innovation");

    private final String label;

    QualityDomain(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
