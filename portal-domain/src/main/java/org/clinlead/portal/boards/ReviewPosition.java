package org.clinlead.portal.boards;

/** A member's position on a paper before the meeting. */
public enum ReviewPosition {
    SUPPORT("Support"),
    SUPPORT_WITH_COMMENTS("Support with comments"),
    CONCERNS("Concerns"),
    CANNOT_SUPPORT("Cannot support");

    private final String label;

    ReviewPosition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
