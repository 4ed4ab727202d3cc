package org.clinlead.portal.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinlead.portal.shell.Feedback;

/**
 * The project page: the project as {@code ChangeProjects.project} gives it to the caller, with its SPC charts.
 * Each form on the page has its own bean (a measure, data, a PDSA cycle, progress, the team, spread), which
 * acts through {@link #act} and comes back here.
 */
@Named
@ViewScoped
public class ProjectBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ChangeProjects projects;

    private Long id;

    private ProjectPage page;

    public void load() {
        page = projects.project(id);
    }

    /** Runs a form's action: the message on success and back to this project, or the error on the form. */
    String act(String form, Runnable action, String done) {
        return Feedback.attempt(form, action, done, "/projects/project?faces-redirect=true&id=" + id);
    }

    public String chart(SpcView view) {
        return SpcChart.config(view);
    }

    /** The chart's lines and colours in words, under the chart. */
    public java.util.List<SpcChart.KeyEntry> key(SpcView view) {
        return SpcChart.key(view);
    }

    /** The chart's reading: Making Data Count's two icons and one sentence that puts them together. */
    public SpcReading reading(SpcView view) {
        return view.tooFewPoints() ? SpcReading.of(null, null, view.direction())
                : SpcReading.of(view.variation(), view.assurance(), view.direction());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProjectPage getPage() {
        return page;
    }
}
