package org.clinlead.portal.commissioning;

/** The two sides of a contract, as they write on a query thread. */
public enum Side {
    COMMISSIONER("Commissioner"),
    PROVIDER("Provider");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
