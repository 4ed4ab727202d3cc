package org.clinlead.portal.advice;

/** Where a request for clinical advice is. */
public enum AdviceStatus {

    OPEN("Waiting for a lead"), ACCEPTED("Being answered"), ANSWERED("Answered"), CLOSED("Outcome recorded"),
    WITHDRAWN("Withdrawn");

    private final String label;

    AdviceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still waiting for the advice. */
    public boolean isPending() {
        return this == OPEN || this == ACCEPTED;
    }
}
