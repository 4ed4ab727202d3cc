package org.clinlead.portal.projects;

/** How far a change has spread: a third of projects never leave their unit, a third never their organisation. */
public enum SpreadLevel {
    NOT_YET("Not yet beyond the team"),
    WITHIN_UNIT("Within the unit"),
    ACROSS_ORGANISATION("Across the organisation"),
    ACROSS_ORGANISATIONS("Across other organisations");

    private final String label;

    SpreadLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
