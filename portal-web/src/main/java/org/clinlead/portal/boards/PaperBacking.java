package org.clinlead.portal.boards;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinlead.portal.shared.PortalException;
import org.clinlead.portal.shell.Feedback;

/** A paper: the PDF in the page, versions, the member's review; read receipts and reviews for secretary and chair. */
@Named
@ViewScoped
public class PaperBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BoardPapers boardPapers;

    @Inject
    private PaperReviews paperReviews;

    private Long id;
    private PaperPage page;
    private ReviewPosition position;
    private String comment;

    public void load() {
        page = boardPapers.paper(id);
        if (page.myReview() != null && position == null) {
            position = page.myReview().position();
            comment = page.myReview().comment();
        }
    }

    public String review() {
        try {
            paperReviews.review(id, position, comment);
        } catch (PortalException e) {
            Feedback.show("review", e);
            return null;
        }
        Feedback.done("Your review is recorded; you can change it until the meeting starts.");
        return "/boards/paper?faces-redirect=true&id=" + id;
    }

    public ReviewPosition[] getPositions() {
        return ReviewPosition.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PaperPage getPage() {
        return page;
    }

    public ReviewPosition getPosition() {
        return position;
    }

    public void setPosition(ReviewPosition position) {
        this.position = position;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
