package org.clinlead.portal.boards;

/** Minutes are drafted, approved at the next meeting, then published. */
public enum MinutesStatus {
    DRAFT("Draft"),
    APPROVED("Approved"),
    PUBLISHED("Published");

    private final String label;

    MinutesStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
