package org.clinlead.portal.commissioning;

/** Which way an indicator improves. */
public enum Improvement {
    HIGHER_IS_BETTER("Higher is better"),
    LOWER_IS_BETTER("Lower is better");

    private final String label;

    Improvement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
