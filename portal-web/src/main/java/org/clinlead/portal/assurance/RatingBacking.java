package org.clinlead.portal.assurance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinlead.portal.shared.InvalidInputException;

/** A member's rating of one criterion, and a criterion added to the checklist. */
@Named
@ViewScoped
public class RatingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssuranceBacking page;

    @Inject
    private AssurancePanels panels;

    private Long criterionId;
    private Rag rag;
    private String comment;
    private String criterion;

    public String rate() {
        return page.act("rate", () -> {
            AssuranceReviewView.AssuranceCriterionView c = page.getReview().criteria().stream()
                    .filter(x -> criterionId != null && x.id() == criterionId).findFirst().orElse(null);
            if (c == null) {
                throw new InvalidInputException("criterionId", "Choose the criterion you are rating.");
            }
            panels.rate(page.getId(), criterionId, rag, comment, c.version());
        }, "Your rating is recorded.");
    }

    public String addCriterion() {
        return page.act("newCriterion", () -> panels.addCriterion(page.getId(), criterion, page.version()),
                "The criterion is added; every member rates it.");
    }

    public Rag[] getRags() {
        return Rag.values();
    }

    public Long getCriterionId() {
        return criterionId;
    }

    public void setCriterionId(Long criterionId) {
        this.criterionId = criterionId;
    }

    public Rag getRag() {
        return rag;
    }

    public void setRag(Rag rag) {
        this.rag = rag;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getCriterion() {
        return criterion;
    }

    public void setCriterion(String criterion) {
        this.criterion = criterion;
    }
}
