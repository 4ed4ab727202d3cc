package org.clinlead.portal.boards;

import java.io.Serializable;
import java.time.Instant;

/** A decision a board took: the item, the outcome, when. */
public record DecisionLine(long meetingId, Instant meetingAt, String title, String outcome, String discussion)
        implements Serializable {
}
