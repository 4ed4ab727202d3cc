package org.clinlead.portal.assurance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinlead.portal.shell.Feedback;

/**
 * An assurance review's page: the plan, the panel, the criteria and their ratings, the conclusion and its
 * recommendations. Each form has its own bean ({@link AssurancePanelBacking}, {@link PlanBacking},
 * {@link RatingBacking}, {@link ConclusionBacking}), acting through {@link #act} with the versions this page showed.
 */
@Named
@ViewScoped
public class AssuranceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssuranceReviews reviews;

    private Long id;
    private AssuranceReviewView review;

    public void load() {
        review = reviews.review(id);
    }

    String act(String form, Runnable action, String done) {
        return Feedback.attempt(form, action, done, "/assurance/review?faces-redirect=true&id=" + id);
    }

    long version() {
        return review.version();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AssuranceReviewView getReview() {
        return review;
    }
}
