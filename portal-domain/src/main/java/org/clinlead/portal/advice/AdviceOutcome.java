package org.clinlead.portal.advice;

/** What the requester did with the advice: the evidence that clinical advice informs commissioning. */
public enum AdviceOutcome {

    FOLLOWED("Followed"), PARTLY_FOLLOWED("Partly followed"), NOT_FOLLOWED("Not followed");

    private final String label;

    AdviceOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
