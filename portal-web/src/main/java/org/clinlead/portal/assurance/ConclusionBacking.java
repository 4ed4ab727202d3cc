package org.clinlead.portal.assurance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clinlead.portal.shared.InvalidInputException;

/** The chair's conclusion with up to three recommendations at once, and progress on a recommendation. */
@Named
@ViewScoped
public class ConclusionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The recommendation rows the form offers. */
    public static final int ROWS = 3;

    @Inject
    private AssuranceBacking page;

    @Inject
    private AssuranceConclusions conclusions;

    private AssuranceLevel level;
    private String conclusion;
    private final List<Row> rows = new ArrayList<>();
    private Long recommendationId;
    private RecommendationStatus status;
    private String note;

    /** One recommendation row of the form. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;
        private String owner;
        private LocalDate dueOn;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }

        boolean blank() {
            return (text == null || text.isBlank()) && (owner == null || owner.isBlank()) && dueOn == null;
        }
    }

    public ConclusionBacking() {
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Row());
        }
    }

    public String conclude() {
        List<AssuranceRecommendation.Draft> drafts = rows.stream().filter(r -> !r.blank())
                .map(r -> new AssuranceRecommendation.Draft(r.getText(), r.getOwner(), r.getDueOn())).toList();
        return page.act("conclude", () -> conclusions.conclude(page.getId(), level, conclusion, drafts, page.version()),
                "The review is concluded; the owners of its recommendations are told.");
    }

    public String progress() {
        return page.act("progress", () -> {
            AssuranceReviewView.RecommendationView r = page.getReview().recommendations().stream()
                    .filter(x -> recommendationId != null && x.id() == recommendationId).findFirst().orElse(null);
            if (r == null) {
                throw new InvalidInputException("recommendationId", "Choose the recommendation.");
            }
            conclusions.updateRecommendation(page.getId(), recommendationId, status, note, r.version());
        }, "The recommendation's progress is recorded.");
    }

    public AssuranceLevel[] getLevels() {
        return AssuranceLevel.values();
    }

    public RecommendationStatus[] getStatuses() {
        return RecommendationStatus.values();
    }

    public List<Row> getRows() {
        return rows;
    }

    public AssuranceLevel getLevel() {
        return level;
    }

    public void setLevel(AssuranceLevel level) {
        this.level = level;
    }

    public String getConclusion() {
        return conclusion;
    }

    public void setConclusion(String conclusion) {
        this.conclusion = conclusion;
    }

    public Long getRecommendationId() {
        return recommendationId;
    }

    public void setRecommendationId(Long recommendationId) {
        this.recommendationId = recommendationId;
    }

    public RecommendationStatus getStatus() {
        return status;
    }

    public void setStatus(RecommendationStatus status) {
        this.status = status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
