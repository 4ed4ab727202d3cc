package org.clinlead.portal.mail;

/** What a message is. */
public enum MailKind {
    NOTICE("Notice"), DIGEST("Daily digest"), VERIFICATION("Address check"), INVITATION("Meeting invitation");

    private final String label;

    MailKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
