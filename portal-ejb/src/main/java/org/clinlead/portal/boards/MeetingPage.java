package org.clinlead.portal.boards;

import java.io.Serializable;
import java.util.List;

/**
 * Everything the meeting page shows: the meeting and board, the ordered agenda (papers filtered for the
 * caller, conflicts, quorum), attendance, whether the caller runs the meeting (secretary or admin), and
 * the minutes (their text for members and secretaries; for secretaries the decisions of later meetings
 * that can approve them).
 */
public record MeetingPage(MeetingSummary meeting, BoardSummary board, List<ItemView> items,
        List<AttendanceLine> attendance, boolean canManage, boolean member, List<String> myConflicts,
        MinutesStatus minutesStatus, String minutes, List<ApprovalChoice> approvalItems) implements Serializable {

    /** A later meeting's agreed decision item that can be recorded as approving these minutes. */
    public record ApprovalChoice(long itemId, String label) implements Serializable {
    }
}
