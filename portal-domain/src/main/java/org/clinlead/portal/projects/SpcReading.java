package org.clinlead.portal.projects;

/**
 * What an SPC chart says, as NHS England's "Making Data Count" reads it: the variation icon (is something changing, and
 * is it for the better?), the assurance icon (will the target be met?), and one plain sentence that puts the two
 * together — so "special cause improvement" beside "consistently failing the target" reads as what it is (better, but
 * not yet good enough), not as a contradiction.
 *
 * @param variationIcon  common, improvement-high, improvement-low, concern-high, concern-low, neutral-high, neutral-low
 *                       (null with too few points)
 * @param assuranceIcon  pass, fail, hit-and-miss (null without a target or limits)
 */
public record SpcReading(String variationIcon, String variationWords, String assuranceIcon, String assuranceWords,
        String sentence) {

    /** The reading of a series whose latest point has {@code variation}, with the target's {@code assurance}. */
    public static SpcReading of(PointType variation, Assurance assurance, Direction direction) {
        if (variation == null) {
            return new SpcReading(null, null, null, null,
                    "There are too few points yet to tell a real change from the usual ups and downs (12 are needed).");
        }
        boolean higher = variation == PointType.NEUTRAL_HIGH || direction == Direction.INCREASE && variation == PointType.IMPROVEMENT
                || direction == Direction.DECREASE && variation == PointType.CONCERN;
        String side = higher ? "high" : "low";
        String icon = switch (variation) {
            case COMMON_CAUSE -> "common";
            case IMPROVEMENT -> "improvement-" + side;
            case CONCERN -> "concern-" + side;
            case NEUTRAL_HIGH, NEUTRAL_LOW -> "neutral-" + side;
        };
        String change = switch (variation) {
            case COMMON_CAUSE -> "The measure is moving only as it usually does: no sign yet of a real change";
            case IMPROVEMENT -> "The measure has really changed for the better (it is " + (higher ? "higher" : "lower")
                    + " than chance explains)";
            case CONCERN -> "The measure has really changed for the worse (it is " + (higher ? "higher" : "lower")
                    + " than chance explains)";
            case NEUTRAL_HIGH, NEUTRAL_LOW -> "The measure has really changed (it is " + (higher ? "higher" : "lower")
                    + " than chance explains); no direction is better for it";
        };
        if (assurance == null) {
            return new SpcReading(icon, variation.label(), null, null, change + ".");
        }
        boolean better = variation == PointType.IMPROVEMENT;
        String target = switch (assurance) {
            case CONSISTENTLY_PASSING -> (better || variation == PointType.COMMON_CAUSE ? ", and " : ", but ")
                    + "as the process runs now it will meet the target every time.";
            case HIT_AND_MISS -> (better ? ", but " : "; ")
                    + "as the process runs now it will meet the target some times and miss it others.";
            case CONSISTENTLY_FAILING -> (better ? ", but not yet enough: " : "; ")
                    + "as the process runs now it will not meet the target; the process has to change further.";
        };
        String assuranceIcon = switch (assurance) {
            case CONSISTENTLY_PASSING -> "pass";
            case HIT_AND_MISS -> "hit-and-miss";
            case CONSISTENTLY_FAILING -> "fail";
        };
        return new SpcReading(icon, variation.label(), assuranceIcon, assurance.label(), change + target);
    }
}
