package org.clinlead.portal.commissioning;

/** A senior clinical lead's advice on an indicator before the scheme is agreed. */
public enum AdvicePosition {
    SUPPORTS("Supports"),
    SUPPORTS_WITH_CHANGES("Supports with changes"),
    DOES_NOT_SUPPORT("Does not support");

    private final String label;

    AdvicePosition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
