package org.clinlead.portal.projects;

/** Which way is better for a measure: up, down, or neither (neutral). */
public enum Direction {
    INCREASE("Higher is better", 1),
    DECREASE("Lower is better", -1),
    NEUTRAL("Neither (no direction)", 0);

    private final String label;
    private final int sign;

    Direction(String label, int sign) {
        this.label = label;
        this.sign = sign;
    }

    public String label() {
        return label;
    }

    public int sign() {
        return sign;
    }
}
