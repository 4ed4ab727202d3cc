package org.clinlead.portal.cohort;

/** Where an application to a cohort stands. */
public enum ApplicationStatus {
    SUBMITTED("Submitted"),
    SELECTED("Selected"),
    WAITLISTED("Waitlisted"),
    DECLINED("Declined");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
