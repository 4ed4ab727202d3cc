package org.clinlead.portal.boards;

import java.io.Serializable;
import java.time.Instant;

/** A published paper the member has not opened yet. */
public record InboxEntry(long paperId, String title, String itemTitle, long meetingId, String boardName,
        Instant meetingStartsAt, boolean late) implements Serializable {
}
