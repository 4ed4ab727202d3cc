package org.clinlead.portal.projects;

/** What a point means for the measure, given its improvement direction ("Making Data Count" colours). */
public enum PointType {
    IMPROVEMENT("Special cause - improvement"),
    CONCERN("Special cause - concern"),
    NEUTRAL_HIGH("Special cause - neither (high)"),
    NEUTRAL_LOW("Special cause - neither (low)"),
    COMMON_CAUSE("Common cause");

    private final String label;

    PointType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static PointType of(SpecialCause cause, Direction direction) {
        int v = cause.side();
        if (v == 0) {
            return COMMON_CAUSE;
        }
        if (direction == Direction.NEUTRAL) {
            return v > 0 ? NEUTRAL_HIGH : NEUTRAL_LOW;
        }
        return v * direction.sign() > 0 ? IMPROVEMENT : CONCERN;
    }
}
