package org.clinlead.portal.mail;

import java.io.Serializable;
import java.time.Instant;

/** One message as the outbox page shows it, with its plain text (what would be, or was, sent). */
public record OutboxLine(long id, MailKind kind, String recipient, String address, String subject, MailStatus status,
        int attempts, Instant queuedAt, Instant nextAttemptAt, Instant sentAt, String lastError, String text,
        boolean invitation) implements Serializable {

    static OutboxLine of(OutboxMail m) {
        return new OutboxLine(m.getId(), m.getKind(), m.getRecipient(), m.getAddress(), m.getSubject(), m.getStatus(),
                m.getAttempts(), m.getQueuedAt(), m.getNextAttemptAt(), m.getSentAt(), m.getLastError(), m.getText(),
                m.getCalendar() != null);
    }
}
