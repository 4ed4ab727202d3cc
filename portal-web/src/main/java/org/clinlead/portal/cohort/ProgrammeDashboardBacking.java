package org.clinlead.portal.cohort;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.Map;
import org.clinlead.portal.shell.CurrentUser;
import org.clinlead.portal.shell.ScriptJson;

/**
 * The programme dashboard on the projects page for the programme manager and administrators: places per
 * cohort, enrolment and completion, projects by status, aim and spread, overdue data. The project list below
 * it is {@code AllProjectsBacking}; the programme reads projects, never the other way round.
 */
@Named
@ViewScoped
public class ProgrammeDashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProgrammeDashboard programmeDashboard;

    @Inject
    private CurrentUser currentUser;

    private Dashboard dashboard;
    private Map<String, Map<String, Long>> overview;

    @PostConstruct
    void init() {
        if (currentUser.has("PROGRAMME_MANAGER") || currentUser.has("ADMIN")) {
            dashboard = programmeDashboard.dashboard();
            overview = Map.of("status", dashboard.projectsByStatus(), "spread", dashboard.projectsBySpread());
        }
    }

    /** Projects by strategic aim as a horizontal bar chart. */
    public String getAimChart() {
        JsonArrayBuilder labels = ScriptJson.array();
        JsonArrayBuilder values = ScriptJson.array();
        dashboard.projectsByAim().forEach((label, count) -> {
            labels.add("Aim " + label.substring(0, 1));
            values.add(count);
        });
        return ScriptJson.of(ScriptJson.object().add("type", "bar")
                .add("data", ScriptJson.object().add("labels", labels).add("datasets", ScriptJson.array()
                        .add(ScriptJson.object().add("label", "Projects").add("data", values)
                                .add("backgroundColor", "#41B6E6"))))
                .add("options", ScriptJson.object().add("indexAxis", "y").add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("plugins", ScriptJson.object().add("legend", ScriptJson.object().add("display", false)))
                        .add("scales", ScriptJson.object().add("x", countAxis())))
                .build());
    }

    /** The spread levels as a bar chart (Chart.js through PrimeFaces). */
    public String getSpreadChart() {
        JsonArrayBuilder labels = ScriptJson.array();
        JsonArrayBuilder values = ScriptJson.array();
        overview.get("spread").forEach((label, count) -> {
            labels.add(label);
            values.add(count);
        });
        return ScriptJson.of(ScriptJson.object().add("type", "bar")
                .add("data", ScriptJson.object().add("labels", labels).add("datasets", ScriptJson.array()
                        .add(ScriptJson.object().add("label", "Projects").add("data", values)
                                .add("backgroundColor", "#005EB8"))))
                .add("options", ScriptJson.object().add("animation", false).add("maintainAspectRatio", false)
                        .add("plugins", ScriptJson.object().add("legend", ScriptJson.object().add("display", false)))
                        .add("scales", ScriptJson.object().add("y", countAxis())))
                .build());
    }

    /** A count axis: from zero, whole numbers only, named. */
    private static jakarta.json.JsonObjectBuilder countAxis() {
        return ScriptJson.object().add("beginAtZero", true)
                .add("ticks", ScriptJson.object().add("precision", 0))
                .add("title", ScriptJson.object().add("display", true).add("text", "Projects"));
    }

    public long percentTaken(CohortSummary c) {
        return c.fundedPlaces() == 0 ? 0 : Math.min(100, c.placesTaken() * 100 / c.fundedPlaces());
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public Map<String, Map<String, Long>> getOverview() {
        return overview;
    }
}
