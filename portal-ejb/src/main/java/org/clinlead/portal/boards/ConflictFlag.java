package org.clinlead.portal.boards;

import java.io.Serializable;

/** A member flagged on an item by the register of interests, and how it was handled (null until the meeting). */
public record ConflictFlag(long itemId, long clinicianId, String name, String interest, Handling handling,
        String handlingLabel, String reason) implements Serializable {
}
