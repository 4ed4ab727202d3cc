package org.clinlead.portal.commissioning;

/** Where a contract's CQUIN scheme stands: drafted (and advised on), or agreed by both sides and frozen. */
public enum SchemeStatus {
    DRAFT("Draft"),
    AGREED("Agreed");

    private final String label;

    SchemeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
