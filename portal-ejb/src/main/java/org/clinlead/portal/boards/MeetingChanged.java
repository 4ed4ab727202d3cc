package org.clinlead.portal.boards;

import java.time.Instant;
import java.util.List;

/**
 * A meeting scheduled ({@code sequence} 0), moved or cancelled, in the transaction that did it, with the accounts of
 * the board's members on its day: what a calendar invitation needs.
 */
public record MeetingChanged(long meetingId, String boardName, Instant startsAt, Instant endsAt, String place, String videoLink,
        int sequence, boolean cancelled, List<String> members) {

    static MeetingChanged of(Meeting m, List<String> members) {
        return new MeetingChanged(m.getId(), m.getBoard().getName(), m.getStartsAt(), m.getEndsAt(), m.getPlace(), m.getVideoLink(),
                m.getSequence(), m.isCancelled(), members);
    }
}
