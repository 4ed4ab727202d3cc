package org.clinlead.portal.boards;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A meeting: when, where, the pack deadline and whether (and when) the pack was published; whether it was cancelled
 * (and why), and how many times it changed ({@code sequence}, as its calendar invitation counts).
 */
public record MeetingSummary(long id, long version, long boardId, String boardName, Instant startsAt, Instant endsAt,
        String place, String videoLink, LocalDate packDeadline, boolean published, Instant packPublishedAt,
        boolean packLate, boolean started, boolean cancelled, String cancelReason, int sequence) implements Serializable {

    static MeetingSummary of(Meeting m, Instant now) {
        return new MeetingSummary(m.getId(), m.getVersion(), m.getBoard().getId(), m.getBoard().getName(), m.getStartsAt(),
                m.getEndsAt(), m.getPlace(), m.getVideoLink(), m.getPackDeadline(), m.isPublished(), m.getPackPublishedAt(),
                m.isPackLate(), m.hasStarted(now), m.isCancelled(), m.getCancelReason(), m.getSequence());
    }
}
