package org.clinlead.portal.boards;

/** Where an action stands; overdue is computed from the due date. */
public enum ActionStatus {
    OPEN("Open"),
    DONE("Done"),
    OVERDUE("Overdue");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
