package org.clinlead.portal.cohort;

/** A participant is enrolled until they complete the programme or withdraw from it (declared in that order). */
public enum ParticipantStatus {
    ENROLLED("Enrolled"),
    COMPLETED("Completed"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ParticipantStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
