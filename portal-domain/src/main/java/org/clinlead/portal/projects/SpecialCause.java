package org.clinlead.portal.projects;

/** Why a point is special cause, in the priority the rules are applied; or common cause. */
public enum SpecialCause {
    ABOVE_UPPER_LIMIT("Above the upper process limit", 1),
    BELOW_LOWER_LIMIT("Below the lower process limit", -1),
    TREND_INCREASING("Part of a run of 7 increasing points", 1),
    TREND_DECREASING("Part of a run of 7 decreasing points", -1),
    TWO_IN_THREE_ABOVE("2 of 3 points near the upper limit", 1),
    TWO_IN_THREE_BELOW("2 of 3 points near the lower limit", -1),
    SEVEN_ABOVE_MEAN("Part of 7 points in a row above the mean", 1),
    SEVEN_BELOW_MEAN("Part of 7 points in a row below the mean", -1),
    COMMON_CAUSE("Common cause", 0);

    private final String label;
    private final int side;

    SpecialCause(String label, int side) {
        this.label = label;
        this.side = side;
    }

    public String label() {
        return label;
    }

    /** +1 for high or increasing, -1 for low or decreasing, 0 for common cause. */
    public int side() {
        return side;
    }
}
