package org.clinlead.portal.projects;

import org.clinlead.portal.shell.ScriptJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * A measure's SPC series as a Chart.js configuration for PrimeFaces' chart: the data coloured by point type
 * ("Making Data Count" colours), the mean, the process limits, the target, and each PDSA cycle as a
 * marker on the first data point on or after its start.
 */
public final class SpcChart {

    private static final String GREY = "#768692";
    private static final String IMPROVEMENT = "#41B6E6";
    private static final String CONCERN = "#ED8B00";
    private static final String NEUTRAL = "#7C2855";

    private static final java.time.format.DateTimeFormatter UK_DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yy", java.util.Locale.UK);

    private SpcChart() {
    }

    public static String config(SpcView view) {
        List<Spc.Row> rows = view.rows();
        JsonArrayBuilder labels = ScriptJson.array();
        JsonArrayBuilder values = ScriptJson.array();
        JsonArrayBuilder colours = ScriptJson.array();
        JsonArrayBuilder mean = ScriptJson.array();
        JsonArrayBuilder upper = ScriptJson.array();
        JsonArrayBuilder lower = ScriptJson.array();
        JsonArrayBuilder target = ScriptJson.array();
        for (Spc.Row r : rows) {
            labels.add(UK_DAY.format(r.date()));
            values.add(r.value());
            colours.add(colour(r.type()));
            mean.add(r.mean());
            if (r.upperLimit() == null) {
                upper.addNull();
                lower.addNull();
            } else {
                upper.add(r.upperLimit());
                lower.add(r.lowerLimit());
            }
            if (view.target() == null) {
                target.addNull();
            } else {
                target.add(view.target());
            }
        }
        JsonArrayBuilder datasets = ScriptJson.array()
                .add(ScriptJson.object().add("label", view.name()).add("data", values).add("borderColor", GREY)
                        .add("pointBackgroundColor", colours).add("pointBorderColor", colours).add("pointRadius", 4)
                        .add("tension", 0).add("order", 1))
                .add(line(view.tooFewPoints() ? "Mean (run chart)" : "Mean", mean, "#005EB8", null));
        if (!view.tooFewPoints()) {
            datasets.add(line("Upper process limit", upper, GREY, DOTTED)).add(line("Lower process limit", lower, GREY, DOTTED));
        }
        if (view.target() != null) {
            datasets.add(line("Target", target, "#DA291C", DASHED));
        }
        for (SpcView.Annotation a : view.pdsa()) {
            int index = firstOnOrAfter(rows, a);
            if (index < 0) {
                continue;
            }
            JsonArrayBuilder marker = ScriptJson.array();
            for (int i = 0; i < rows.size(); i++) {
                if (i == index) {
                    marker.add(rows.get(i).value());
                } else {
                    marker.addNull();
                }
            }
            datasets.add(ScriptJson.object().add("label", "PDSA " + UK_DAY.format(a.date()) + ": " + a.change()).add("data", marker)
                    .add("showLine", false).add("pointStyle", "triangle").add("pointRadius", 9)
                    .add("backgroundColor", "#330072").add("borderColor", "#330072").add("order", 0));
        }
        JsonObjectBuilder options = ScriptJson.object().add("animation", false).add("maintainAspectRatio", false)
                .add("plugins", ScriptJson.object().add("legend", ScriptJson.object().add("position", "bottom")))
                // The axis spans the data, the limits and the target with a little room, not from zero; dates lie flat.
                .add("scales", ScriptJson.object()
                        .add("y", ScriptJson.object().add("beginAtZero", false).add("grace", "8%").add("title",
                                ScriptJson.object().add("display", true).add("text", view.unit())))
                        .add("x", ScriptJson.object().add("ticks", ScriptJson.object().add("maxRotation", 0)
                                .add("autoSkip", true).add("autoSkipPadding", 12))));
        return ScriptJson.of(ScriptJson.object().add("type", "line")
                .add("data", ScriptJson.object().add("labels", labels).add("datasets", datasets))
                .add("options", options).build());
    }

    /** One line or mark of the chart named in words, with the value it stands at now and how it is drawn. */
    public record KeyEntry(String style, String name, String value) implements java.io.Serializable {
    }

    /**
     * The chart's key in words, for the page under the chart: each line with where it stands at the latest point (so
     * a reader need not judge a value from the axis) and what the colours of the points mean.
     */
    public static List<KeyEntry> key(SpcView view) {
        List<KeyEntry> key = new java.util.ArrayList<>();
        if (view.rows().isEmpty()) {
            return key;
        }
        Spc.Row last = view.rows().get(view.rows().size() - 1);
        String unit = view.unit() == null || view.unit().isBlank() ? "" : " " + view.unit();
        key.add(new KeyEntry("mean", view.tooFewPoints() ? "Mean (run chart)" : "Mean", number(last.mean()) + unit));
        if (!view.tooFewPoints() && last.upperLimit() != null) {
            key.add(new KeyEntry("limits", "Process limits", number(last.lowerLimit()) + " to " + number(last.upperLimit()) + unit
                    + " — as the process runs now, almost every point falls between them"));
        }
        if (view.target() != null) {
            key.add(new KeyEntry("target", "Target", number(view.target()) + unit));
        }
        key.add(new KeyEntry("points", "Points", "grey: the usual ups and downs; blue: a real change for the better; "
                + "orange: a real change for the worse; purple: a real change where neither direction is better"));
        if (!view.pdsa().isEmpty()) {
            key.add(new KeyEntry("pdsa", "Triangles", "where a PDSA cycle started testing a change"));
        }
        return key;
    }

    private static String number(double value) {
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.UK));
        return format.format(value);
    }

    private static final int[] DOTTED = {2, 3};
    private static final int[] DASHED = {8, 4};

    /** A reference line; limits dotted and the target dashed, so the three never read as one where they meet. */
    private static JsonObjectBuilder line(String label, JsonArrayBuilder data, String colour, int[] dash) {
        JsonObjectBuilder line = ScriptJson.object().add("label", label).add("data", data).add("borderColor", colour)
                .add("borderWidth", 2).add("pointRadius", 0).add("fill", false).add("order", 2);
        if (dash != null) {
            line.add("borderDash", ScriptJson.array().add(dash[0]).add(dash[1]));
        }
        return line;
    }

    private static int firstOnOrAfter(List<Spc.Row> rows, SpcView.Annotation a) {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).date().isBefore(a.date())) {
                return i;
            }
        }
        return -1;
    }

    public static String colour(PointType type) {
        return switch (type) {
            case IMPROVEMENT -> IMPROVEMENT;
            case CONCERN -> CONCERN;
            case NEUTRAL_HIGH, NEUTRAL_LOW -> NEUTRAL;
            case COMMON_CAUSE -> GREY;
        };
    }
}
