package org.clinlead.portal.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The owner's forms for the project's stage and progress score, and how far its change has spread.
 */
@Named
@ViewScoped
public class ProgressBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectBacking project;

    @Inject
    private ChangeProjects projects;

    @Inject
    private ProjectSpread projectSpread;

    private ProjectStatus status;

    private BigDecimal score;

    private SpreadLevel spread;

    public ProjectStatus getStatus() {
        if (status == null && project.getPage() != null) {
            status = project.getPage().project().status();
        }
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public BigDecimal getScore() {
        if (score == null && project.getPage() != null) {
            score = project.getPage().project().progressScore();
        }
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }

    public SpreadLevel getSpread() {
        if (spread == null && project.getPage() != null) {
            spread = project.getPage().project().spread();
        }
        return spread;
    }

    public void setSpread(SpreadLevel spread) {
        this.spread = spread;
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public SpreadLevel[] getSpreadLevels() {
        return SpreadLevel.values();
    }

    public java.util.Map<BigDecimal, String> getScores() {
        return ProgressScore.MEANINGS;
    }

    public String saveProgress() {
        return project.act("progress", () -> projects.progress(project.getId(), project.getPage().project().version(), status, score),
                "Progress saved.");
    }

    public String saveSpread() {
        return project.act("spread", () -> projectSpread.spread(project.getId(), project.getPage().project().version(), spread),
                "Spread saved.");
    }
}
