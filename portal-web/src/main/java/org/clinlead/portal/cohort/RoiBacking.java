package org.clinlead.portal.cohort;

import org.clinlead.portal.shell.ScriptJson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;

/** A cohort's return on investment with its charts (Chart.js through PrimeFaces) and its PDF and XLSX exports. */
@Named
@ViewScoped
public class RoiBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FollowUp followUp;

    private Long id;
    private RoiReport report;

    public void load() {
        report = followUp.roi(id);
    }

    /** Retention and progression by follow-up year, as percentages of the alumni who answered. */
    public String getPeopleChart() {
        JsonArrayBuilder labels = ScriptJson.array();
        JsonArrayBuilder retention = ScriptJson.array();
        JsonArrayBuilder progression = ScriptJson.array();
        for (Roi.Year y : report.years()) {
            labels.add("Year " + y.year());
            // A year nobody answered is a gap on the chart, not a zero.
            if (y.retentionPercent() == null) {
                retention.addNull();
            } else {
                retention.add(y.retentionPercent());
            }
            if (y.progressionPercent() == null) {
                progression.addNull();
            } else {
                progression.add(y.progressionPercent());
            }
        }
        return chart(labels, ScriptJson.array()
                .add(ScriptJson.object().add("label", "Still in the region (%)").add("data", retention)
                        .add("backgroundColor", "#005EB8"))
                .add(ScriptJson.object().add("label", "Progressed into leadership (%)").add("data", progression)
                        .add("backgroundColor", "#41B6E6")), 100, "% of the alumni who answered");
    }

    /** Money saved by follow-up year. */
    public String getMoneyChart() {
        JsonArrayBuilder labels = ScriptJson.array();
        JsonArrayBuilder money = ScriptJson.array();
        for (Roi.Year y : report.years()) {
            labels.add("Year " + y.year());
            money.add(y.moneySaved());
        }
        return chart(labels, ScriptJson.array().add(ScriptJson.object().add("label", "Money saved (£)")
                .add("data", money).add("backgroundColor", "#007f3b")), null, "£ saved that year");
    }

    private static String chart(JsonArrayBuilder labels, JsonArrayBuilder datasets, Integer max, String axis) {
        var y = ScriptJson.object().add("beginAtZero", true)
                .add("title", ScriptJson.object().add("display", true).add("text", axis));
        if (max != null) {
            y.add("max", max);
        }
        return ScriptJson.of(ScriptJson.object().add("type", "bar")
                .add("data", ScriptJson.object().add("labels", labels).add("datasets", datasets))
                .add("options", ScriptJson.object().add("animation", false).add("maintainAspectRatio", false)
                        .add("plugins", ScriptJson.object().add("legend", ScriptJson.object().add("position", "bottom")))
                        .add("scales", ScriptJson.object().add("y", y)))
                .build());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RoiReport getReport() {
        return report;
    }
}
