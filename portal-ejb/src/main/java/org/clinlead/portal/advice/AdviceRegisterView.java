package org.clinlead.portal.advice;

import java.util.List;

/**
 * The register of advice: how many requests are waiting, overdue and answered, how long answers take (median days
 * from asking to answering) and how often the advice was followed — in all and by pathway (then by key programme,
 * for requests to a programme's leads).
 */
public record AdviceRegisterView(Figures total, List<PathwayFigures> pathways) {

    /** One set of figures; {@code medianDaysToAnswer} is null before any answer. */
    public record Figures(int requests, int pending, int overdue, int answered, Double medianDaysToAnswer, int followed,
            int partlyFollowed, int notFollowed) {

        /** Followed in full, as a share of the outcomes recorded (null when none). */
        public Double followedShare() {
            int outcomes = followed + partlyFollowed + notFollowed;
            return outcomes == 0 ? null : (double) followed / outcomes;
        }
    }

    /** The figures of one pathway or key programme ({@code name}: "Acute care", "Stroke programme"). */
    public record PathwayFigures(String code, String name, Figures figures) {
    }
}
