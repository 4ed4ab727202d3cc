package org.clinlead.portal.boards;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Published minutes as the public sees them: the meeting, the minutes text and the public items with their
 * decisions. Confidential items are never included.
 */
public record PublicMinutes(long meetingId, String boardName, Instant meetingAt, String minutes, Instant publishedAt,
        List<PublicItem> items) implements Serializable {

    /** A public item and what was decided. */
    public record PublicItem(int order, String title, String purpose, String outcome, String discussion)
            implements Serializable {
    }
}
