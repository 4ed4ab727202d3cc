package org.clinlead.portal.boards;

/** How a member's conflict on an item was handled at the meeting. */
public enum Handling {
    LEFT_THE_ROOM("Left the room"),
    STAYED_DID_NOT_VOTE("Stayed, did not vote"),
    CHAIR_ALLOWED("Chair allowed participation");

    private final String label;

    Handling(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
