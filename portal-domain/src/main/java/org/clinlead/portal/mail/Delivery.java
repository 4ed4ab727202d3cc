package org.clinlead.portal.mail;

/** How a person's notices reach them by e-mail. */
public enum Delivery {
    IMMEDIATE("By e-mail as they happen"),
    DIGEST("In one e-mail a day"),
    NONE("Not by e-mail (only on my home page)");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
