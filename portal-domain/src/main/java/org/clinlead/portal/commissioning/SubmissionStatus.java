package org.clinlead.portal.commissioning;

/** Where a quarter's return for one indicator stands with the commissioner. */
public enum SubmissionStatus {
    SUBMITTED("Awaiting assessment"),
    QUERIED("Queried"),
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String label;

    SubmissionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
