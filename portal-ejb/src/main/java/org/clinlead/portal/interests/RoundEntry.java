package org.clinlead.portal.interests;

import java.io.Serializable;
import java.time.Instant;

/** A decision maker in a year's declaration round: whether and when they last declared (a nil return counts). */
public record RoundEntry(long clinicianId, String name, String organisation, boolean declared, Instant lastDeclared)
        implements Serializable {
}
