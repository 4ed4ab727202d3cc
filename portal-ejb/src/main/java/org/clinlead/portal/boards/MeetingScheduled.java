package org.clinlead.portal.boards;

import java.time.Instant;
import java.util.List;

/** A meeting just scheduled (in the transaction that scheduled it), with the accounts of the board's members on its day. */
public record MeetingScheduled(long meetingId, String boardName, Instant startsAt, Instant endsAt, String place, String videoLink,
        List<String> members) {
}
