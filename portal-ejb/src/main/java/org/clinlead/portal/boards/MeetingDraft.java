package org.clinlead.portal.boards;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A meeting to schedule: start and end in UK time, a place and/or a video link, an optional pack deadline. */
public record MeetingDraft(LocalDateTime startsAt, LocalDateTime endsAt, String place, String videoLink,
        LocalDate packDeadline) {
}
