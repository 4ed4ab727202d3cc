package org.clinlead.portal.notices;

import java.time.Instant;
import java.util.List;

/**
 * Notices just left for {@code recipients} (in the transaction that left them); {@code shareable} as the sender said;
 * {@code mail} false when the sender's own e-mail tells the same (an updated meeting invitation).
 */
public record NoticesLeft(List<String> recipients, String subject, String body, Link link, String key, boolean shareable,
        boolean mail, Instant at) {
}
