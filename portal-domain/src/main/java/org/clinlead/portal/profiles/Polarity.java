package org.clinlead.portal.profiles;

/** Which way is better for an indicator, so an outlier reads as better or worse than expected. */
public enum Polarity {

    HIGHER_IS_BETTER("Higher is better"),
    LOWER_IS_BETTER("Lower is better"),
    NEITHER("Neither higher nor lower is better");

    private final String label;

    Polarity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** How a value above ({@code high}) or below the expected reads: "better", "worse" or "higher"/"lower". */
    public String reading(boolean high) {
        return switch (this) {
            case HIGHER_IS_BETTER -> high ? "better" : "worse";
            case LOWER_IS_BETTER -> high ? "worse" : "better";
            case NEITHER -> high ? "higher" : "lower";
        };
    }
}
