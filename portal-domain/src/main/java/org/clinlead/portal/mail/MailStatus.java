package org.clinlead.portal.mail;

/** Where a message in the outbox stands. */
public enum MailStatus {
    /** Waiting for its (next) attempt. */
    QUEUED("Waiting to be sent"),
    /** Taken by a sender; sent or failed in a moment. */
    SENDING("Being sent"),
    SENT("Sent"),
    /** Given up on (a day of failures, or the portal stopped mid-send); an administrator may retry it. */
    FAILED("Not sent"),
    /** No mail server is set up (the demo): kept here to show what would have gone. */
    HELD("Kept: no mail server set up");

    private final String label;

    MailStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
