package org.clinlead.portal.notices;

import java.io.Serializable;
import java.time.Instant;

/** A notice as its recipient sees it. */
public record NoticeSummary(long id, String subject, String body, Link link, Instant createdAt, Instant readAt)
        implements Serializable {

    static NoticeSummary of(Notice n) {
        return new NoticeSummary(n.getId(), n.getSubject(), n.getBody(), n.getLink(), n.getCreatedAt(), n.getReadAt());
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
