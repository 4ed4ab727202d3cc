package org.clinlead.portal.boards;

/** Why an item is on the agenda. */
public enum Purpose {
    DECISION("For decision"),
    ASSURANCE("For assurance"),
    DISCUSSION("For discussion"),
    INFORMATION("For information");

    private final String label;

    Purpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
