package org.clinlead.portal.strategy;

import java.io.Serializable;
import java.util.List;

/** The headline figures the strategy names, each worked out from the records: the figure, what it is measured against. */
public record HeadlineFigures(List<Figure> figures) implements Serializable {

    /** One figure: its key, words, value (null when there is nothing to count yet), and the strategy's number. */
    public record Figure(String key, String label, Double value, Integer against, String unit, String text) implements Serializable {

        /** The figure as the page shows it: "13 of 30", "82 %", "8 days", "—" for none yet. */
        public String display() {
            if (value == null) {
                return "—";
            }
            String v = value == Math.rint(value) ? String.valueOf(value.longValue()) : String.format(java.util.Locale.UK, "%.1f", value);
            return switch (unit) {
                case "%" -> v + " %";
                case "days" -> v + (value == 1 ? " day" : " days");
                default -> against == null ? v : v + " of " + against;
            };
        }
    }
}
