package org.clinlead.portal.appointments;

/** Where an application stands. Every application is shortlisted unless the chair says otherwise; scoring happens while it is SUBMITTED; the chair's recommendation goes to a medical director. */
public enum ApplicationStatus {
    SUBMITTED("Submitted"),
    NOT_SHORTLISTED("Not shortlisted"),
    RECOMMENDED("Recommended — awaiting approval"),
    APPROVED("Approved"),
    REJECTED("Recommendation rejected"),
    NOT_APPOINTED("Not appointed");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
