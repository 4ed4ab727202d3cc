package org.clinlead.portal.profiles;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.function.ToDoubleFunction;
import org.clinlead.portal.shell.ScriptJson;

/**
 * A funnel plot as a Chart.js configuration for PrimeFaces' chart: practices by denominator (x) and value (y),
 * coloured within limits (grey), better (blue) or worse (red) — practices the caller may not see smaller and
 * unlabelled — with the area's value and the 95 % and 99.8 % limits.
 */
public final class FunnelChart {

    private static final String GREY = "#768692";
    private static final String BETTER = "#005EB8";
    private static final String WORSE = "#DA291C";
    private static final String NEUTRAL = "#7C2855";

    private FunnelChart() {
    }

    public static String config(FunnelView f) {
        JsonArrayBuilder within = ScriptJson.array();
        JsonArrayBuilder better = ScriptJson.array();
        JsonArrayBuilder worse = ScriptJson.array();
        JsonArrayBuilder others = ScriptJson.array();
        for (FunnelView.PracticePoint p : f.points()) {
            JsonObjectBuilder xy = ScriptJson.object().add("x", p.denominator()).add("y", round(p.value()));
            if (p.code() == null) {
                others.add(xy);
            } else if (!p.flag().isOutlier()) {
                within.add(xy);
            } else if (p.worse()) {
                worse.add(xy);
            } else {
                better.add(xy);
            }
        }
        boolean neither = f.indicator().polarity() == Polarity.NEITHER;
        JsonArrayBuilder datasets = ScriptJson.array()
                .add(points("Practices within limits", within, GREY, 4))
                .add(points(neither ? "Outside the limits" : "Outside the limits, better", better, neither ? NEUTRAL : BETTER, 6))
                .add(points("Outside the limits, worse", worse, WORSE, 6))
                .add(points("Other practices in the area", others, "#AEB7BD", 3))
                .add(line("Area value", f, l -> f.target(), "#212B32", false))
                .add(line("95 % limits (upper)", f, Funnel.Limits::upper95, "#ED8B00", true))
                .add(line("95 % limits (lower)", f, Funnel.Limits::lower95, "#ED8B00", true))
                .add(line("99.8 % limits (upper)", f, Funnel.Limits::upper998, "#330072", true))
                .add(line("99.8 % limits (lower)", f, Funnel.Limits::lower998, "#330072", true));
        JsonObjectBuilder options = ScriptJson.object().add("animation", false).add("maintainAspectRatio", false)
                .add("plugins", ScriptJson.object().add("legend", ScriptJson.object().add("position", "bottom")))
                .add("scales", ScriptJson.object()
                        .add("x", ScriptJson.object().add("type", "linear").add("title", ScriptJson.object()
                                .add("display", true).add("text", "Denominator (patients)")))
                        .add("y", ScriptJson.object().add("title", ScriptJson.object().add("display", true)
                                .add("text", f.indicator().unit()))));
        return ScriptJson.of(ScriptJson.object().add("type", "scatter")
                .add("data", ScriptJson.object().add("datasets", datasets)).add("options", options).build());
    }

    private static JsonObjectBuilder points(String label, JsonArrayBuilder data, String colour, int radius) {
        return ScriptJson.object().add("label", label).add("data", data).add("backgroundColor", colour)
                .add("borderColor", colour).add("pointRadius", radius).add("showLine", false).add("order", 1);
    }

    private static JsonObjectBuilder line(String label, FunnelView f, ToDoubleFunction<Funnel.Limits> y, String colour,
            boolean dashed) {
        JsonArrayBuilder data = ScriptJson.array();
        for (Funnel.Limits l : f.curve()) {
            data.add(ScriptJson.object().add("x", round(l.denominator())).add("y", round(y.applyAsDouble(l))));
        }
        JsonObjectBuilder line = ScriptJson.object().add("label", label).add("data", data).add("borderColor", colour)
                .add("borderWidth", 1).add("pointRadius", 0).add("showLine", true).add("fill", false).add("order", 2);
        if (dashed) {
            line.add("borderDash", ScriptJson.array().add(6).add(4));
        }
        return line;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
