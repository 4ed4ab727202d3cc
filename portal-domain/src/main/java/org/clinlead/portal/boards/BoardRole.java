package org.clinlead.portal.boards;

/** A member's role on a board. */
public enum BoardRole {
    CHAIR("Chair"),
    VICE_CHAIR("Vice-chair"),
    MEMBER("Member"),
    SECRETARY("Secretary");

    private final String label;

    BoardRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
