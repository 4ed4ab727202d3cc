package org.clinlead.portal.boards;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The record of one item (discussion, decision, vote) and of how a conflict on it was handled.
 */
@Named
@ViewScoped
public class ItemRecordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingBacking meeting;

    @Inject
    private MeetingRecords records;

    private Long recordItemId;

    private String discussion;

    private ItemOutcome outcome;

    private Integer votesFor;

    private Integer votesAgainst;

    private Integer votesAbstaining;

    private Long conflictItemId;

    private Long conflictMemberId;

    private Handling handling;

    private String handlingReason;

    public Long getRecordItemId() {
        return recordItemId;
    }

    public void setRecordItemId(Long recordItemId) {
        this.recordItemId = recordItemId;
    }

    public String getDiscussion() {
        return discussion;
    }

    public void setDiscussion(String discussion) {
        this.discussion = discussion;
    }

    public ItemOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ItemOutcome outcome) {
        this.outcome = outcome;
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public void setVotesFor(Integer votesFor) {
        this.votesFor = votesFor;
    }

    public Integer getVotesAgainst() {
        return votesAgainst;
    }

    public void setVotesAgainst(Integer votesAgainst) {
        this.votesAgainst = votesAgainst;
    }

    public Integer getVotesAbstaining() {
        return votesAbstaining;
    }

    public void setVotesAbstaining(Integer votesAbstaining) {
        this.votesAbstaining = votesAbstaining;
    }

    public ItemOutcome[] getOutcomes() {
        return ItemOutcome.values();
    }

    public Long getConflictItemId() {
        return conflictItemId;
    }

    public void setConflictItemId(Long conflictItemId) {
        this.conflictItemId = conflictItemId;
    }

    public Long getConflictMemberId() {
        return conflictMemberId;
    }

    public void setConflictMemberId(Long conflictMemberId) {
        this.conflictMemberId = conflictMemberId;
    }

    public Handling getHandling() {
        return handling;
    }

    public void setHandling(Handling handling) {
        this.handling = handling;
    }

    public String getHandlingReason() {
        return handlingReason;
    }

    public void setHandlingReason(String handlingReason) {
        this.handlingReason = handlingReason;
    }

    public Handling[] getHandlings() {
        return Handling.values();
    }

    public String recordItem() {
        return meeting.act("record", () -> {
            ItemView item = meeting.item(recordItemId);
            records.recordItem(item.id(), item.version(), discussion, outcome, votesFor, votesAgainst, votesAbstaining);
        }, "The item's record is saved.");
    }

    public String recordConflict() {
        return meeting.act("conflict", () -> {
            meeting.item(conflictItemId);
            records.recordConflict(conflictItemId, conflictMemberId, null, handling, handlingReason);
        }, "The conflict's handling is recorded.");
    }
}
