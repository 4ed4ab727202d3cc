package org.clinlead.portal.boards;

import java.io.Serializable;
import java.time.Instant;

/** A read receipt: who first opened the paper, when. */
public record ReadView(long clinicianId, String name, Instant firstReadAt) implements Serializable {
}
