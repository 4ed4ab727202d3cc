package org.clinlead.portal.setup;

import java.io.Serializable;
import java.time.Instant;

/** A backup just taken: where it is, what it holds, and how long it took. */
public record BackupSummary(String directory, Instant takenAt, long files, long bytes, long millis) implements Serializable {
}
