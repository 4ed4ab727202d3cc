package org.clinlead.portal.reconfiguration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinlead.portal.shared.InvalidInputException;

/** A panel member's judgement of one checklist item's evidence. */
@Named
@ViewScoped
public class JudgementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReconfigurationBacking page;

    @Inject
    private ClinicalReviews reviews;

    private Long itemId;
    private Judgement judgement;
    private String comment;
    private boolean internal;

    public String judge() {
        return page.act("judge", () -> {
            ReconfigurationView.ChecklistItem item = page.item(itemId);
            if (item == null) {
                throw new InvalidInputException("itemId", "Choose the checklist item you are judging.");
            }
            reviews.judge(page.getId(), itemId, judgement, comment, internal, item.version());
        }, "Your judgement is recorded.");
    }

    public Judgement[] getJudgements() {
        return Judgement.values();
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public Judgement getJudgement() {
        return judgement;
    }

    public void setJudgement(Judgement judgement) {
        this.judgement = judgement;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isInternal() {
        return internal;
    }

    public void setInternal(boolean internal) {
        this.internal = internal;
    }
}
