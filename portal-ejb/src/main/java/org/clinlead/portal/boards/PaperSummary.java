package org.clinlead.portal.boards;

import java.io.Serializable;
import java.time.Instant;

/**
 * A paper as a list shows it. {@code withheld} is true when the caller may not have it (a confidential
 * item on which they are conflicted): the title shows, the content does not.
 */
public record PaperSummary(long id, long itemId, String title, String author, String summary, boolean confidential,
        int latestVersion, boolean late, Instant uploadedAt, boolean withheld) implements Serializable {

    static PaperSummary of(Paper paper, PaperVersion latest, boolean withheld) {
        return new PaperSummary(paper.getId(), paper.getItem().getId(), paper.getTitle(), paper.getAuthor(),
                paper.getSummary(), paper.isConfidential(), latest == null ? 0 : latest.getNumber(),
                latest != null && latest.isLate(), latest == null ? null : latest.getUploadedAt(), withheld);
    }
}
