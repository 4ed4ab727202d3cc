package org.clinlead.portal.boards;

import java.util.Set;
import org.clinlead.portal.notices.Link;

/**
 * Something another part of the portal puts forward to a board (a change project that is spreading, an operating target exception),
 * described in the board's own terms, so the boards know nothing of where it came from. {@code source} is the
 * page that explains it, shown to the secretaries; {@code key} keeps their notice to once;
 * {@code itemTitle} is the agenda item's title.
 */
public record Proposal(String title, String itemTitle, String presenter, Set<String> aims, long organisationId, String note, Link source,
        String key) {
}
