package org.clinlead.portal.boards;

/** The decision on a decision item. */
public enum ItemOutcome {
    AGREED("Agreed"),
    AGREED_WITH_AMENDMENTS("Agreed with amendments"),
    NOT_AGREED("Not agreed"),
    DEFERRED("Deferred");

    private final String label;

    ItemOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
