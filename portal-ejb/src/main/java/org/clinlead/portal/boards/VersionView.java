package org.clinlead.portal.boards;

import java.io.Serializable;
import java.time.Instant;

/** One PDF version of a paper. */
public record VersionView(int number, String fileName, long size, String uploadedBy, Instant uploadedAt, boolean late)
        implements Serializable {

    static VersionView of(PaperVersion v) {
        return new VersionView(v.getNumber(), v.getFileName(), v.getSize(), v.getUploadedBy(), v.getUploadedAt(), v.isLate());
    }
}
