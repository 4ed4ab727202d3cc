package org.clinlead.portal.notices;

import java.time.Instant;
import org.clinlead.portal.shell.Links;

/** A notice as the API gives it: {@code link} is the address of the page concerned, relative to the portal. */
public record NoticeAnswer(long id, String subject, String body, String link, Instant createdAt, Instant readAt) {

    static NoticeAnswer of(NoticeSummary n, Links links) {
        return new NoticeAnswer(n.id(), n.subject(), n.body(), links.url(n.link()), n.createdAt(), n.readAt());
    }
}
