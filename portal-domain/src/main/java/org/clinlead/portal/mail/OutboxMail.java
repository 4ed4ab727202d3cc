package org.clinlead.portal.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One e-mail in the outbox, written in the same transaction as the notice, invitation or request that caused it,
 * and delivered after commit by a sender. Its key names what it is (e.g. one notice for one person), and is unique,
 * so the same message is never written twice; a sender claims it before sending, so it is never sent twice.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    public static final int SUBJECT_MAX = 300;
    public static final int TEXT_MAX = 16_000;
    public static final int HTML_MAX = 24_000;
    public static final int ERROR_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "message_key", nullable = false, length = 300, updatable = false)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private MailKind kind;

    @Column(length = 40, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 254, updatable = false)
    private String address;

    @Column(nullable = false, length = SUBJECT_MAX, updatable = false)
    private String subject;

    @Column(name = "text_body", nullable = false, length = TEXT_MAX, updatable = false)
    private String text;

    @Column(name = "html_body", nullable = false, length = HTML_MAX, updatable = false)
    private String html;

    @Column(length = 8000, updatable = false)
    private String calendar;

    @Column(name = "calendar_method", length = 10, updatable = false)
    private String calendarMethod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    protected OutboxMail() {
    }

    /**
     * A message ready to go; {@code held} when no mail server is set up, so it is kept to be seen, not sent.
     * Words longer than the columns are refused, never cut: the composer keeps within them.
     */
    public OutboxMail(String key, MailKind kind, String recipient, String address, String subject, String text, String html,
            Instant now, boolean held) {
        if (subject.length() > SUBJECT_MAX || text.length() > TEXT_MAX || html.length() > HTML_MAX || key.length() > 300) {
            throw new IllegalArgumentException("A message longer than the outbox keeps: " + key);
        }
        this.key = key;
        this.kind = kind;
        this.recipient = recipient;
        this.address = address;
        this.subject = subject;
        this.text = text;
        this.html = html;
        this.queuedAt = now;
        this.status = held ? MailStatus.HELD : MailStatus.QUEUED;
        this.nextAttemptAt = held ? null : now;
    }

    /** Attaches an iCalendar invitation ({@code method} REQUEST or CANCEL). */
    public OutboxMail withCalendar(String ics, String method) {
        if (ics.length() > 8000) {
            throw new IllegalArgumentException("An invitation longer than the outbox keeps: " + key);
        }
        this.calendar = ics;
        this.calendarMethod = method;
        return this;
    }

    public boolean isDue(Instant now) {
        return status == MailStatus.QUEUED && !nextAttemptAt.isAfter(now);
    }

    /**
     * A sender takes it; from here no other sender will. (The sender does the same as one conditional update, so two
     * senders racing for it cannot both win.)
     */
    public void claim(Instant now) {
        if (!isDue(now)) {
            throw new IllegalStateException("Message " + id + " is " + status + ", not due");
        }
        status = MailStatus.SENDING;
        claimedAt = now;
        attempts++;
    }

    public void recordSent(Instant now) {
        requireSending();
        status = MailStatus.SENT;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /** A failed attempt: tried again after the policy's wait, or given up on once it has been trying too long. */
    public void recordFailure(String error, Instant now, RetryPolicy policy) {
        requireSending();
        lastError = clip(error == null || error.isBlank() ? "The mail server refused the message." : error);
        Instant next = now.plus(policy.waitAfter(attempts));
        if (next.isAfter(queuedAt.plus(policy.giveUpAfter()))) {
            status = MailStatus.FAILED;
            nextAttemptAt = null;
        } else {
            status = MailStatus.QUEUED;
            nextAttemptAt = next;
        }
    }

    /**
     * A message a sender took and never finished (the portal stopped while sending): it may or may not have gone,
     * so it is not sent again by itself — it shows as failed for an administrator to check and retry.
     */
    public void abandon(Instant now) {
        requireSending();
        status = MailStatus.FAILED;
        nextAttemptAt = null;
        lastError = "The portal stopped while sending this on " + org.clinlead.portal.shared.UkTime.format(claimedAt)
                + "; it may have gone. Check with the recipient before retrying.";
    }

    /** An administrator's retry: queued again now, with a fresh day of attempts. */
    public void retry(Instant now) {
        if (status != MailStatus.FAILED) {
            throw new org.clinlead.portal.shared.RuleViolationException("Only a message that was not sent can be retried; this one is "
                    + status.label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        status = MailStatus.QUEUED;
        attempts = 0;
        queuedAt = now;
        nextAttemptAt = now;
    }

    private void requireSending() {
        if (status != MailStatus.SENDING) {
            throw new IllegalStateException("Message " + id + " is " + status + ", not being sent");
        }
    }

    private static String clip(String error) {
        String oneLine = error.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= ERROR_MAX ? oneLine : oneLine.substring(0, ERROR_MAX - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getKey() {
        return key;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getAddress() {
        return address;
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    public String getHtml() {
        return html;
    }

    public String getCalendar() {
        return calendar;
    }

    public String getCalendarMethod() {
        return calendarMethod;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
