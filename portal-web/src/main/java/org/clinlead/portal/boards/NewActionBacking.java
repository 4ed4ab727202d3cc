package org.clinlead.portal.boards;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The secretary's form for an action agreed on an item, with its owner and due date.
 */
@Named
@ViewScoped
public class NewActionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingBacking meeting;

    @Inject
    private BoardActions boardActions;

    private Long actionItemId;

    private String actionDescription;

    private Long actionOwnerId;

    private LocalDate actionDue;

    public Long getActionItemId() {
        return actionItemId;
    }

    public void setActionItemId(Long actionItemId) {
        this.actionItemId = actionItemId;
    }

    public String getActionDescription() {
        return actionDescription;
    }

    public void setActionDescription(String actionDescription) {
        this.actionDescription = actionDescription;
    }

    public Long getActionOwnerId() {
        return actionOwnerId;
    }

    public void setActionOwnerId(Long actionOwnerId) {
        this.actionOwnerId = actionOwnerId;
    }

    public LocalDate getActionDue() {
        return actionDue;
    }

    public void setActionDue(LocalDate actionDue) {
        this.actionDue = actionDue;
    }

    public String addAction() {
        return meeting.act("action", () -> {
            meeting.item(actionItemId);
            boardActions.addAction(actionItemId, actionDescription, actionOwnerId, actionDue);
        }, "The action is recorded; its owner sees it on their home page.");
    }
}
