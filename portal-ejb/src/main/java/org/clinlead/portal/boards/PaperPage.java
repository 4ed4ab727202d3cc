package org.clinlead.portal.boards;

import java.io.Serializable;
import java.util.List;

/**
 * A paper's page: the paper, its meeting and item, its versions; for the secretary and the board's chair
 * everyone's read receipts and reviews (members who have not read it are listed as such); for a member,
 * their own review and whether they can still change it.
 */
public record PaperPage(PaperSummary paper, MeetingSummary meeting, String itemTitle, List<VersionView> versions,
        List<ReadView> reads, List<ReviewView> reviews, List<String> notYetRead, ReviewView myReview, boolean canReview,
        boolean overseer) implements Serializable {
}
