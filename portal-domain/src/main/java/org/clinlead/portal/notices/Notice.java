package org.clinlead.portal.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A message for one account: a subject, a sentence or two, and a link to act on it. The key names what
 * it is about (e.g. the 90-day reminder for one appointment's term end), so it is sent once.
 */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 40, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 200, updatable = false)
    private String subject;

    @Column(nullable = false, length = 2000, updatable = false)
    private String body;

    @Column(length = 300, updatable = false)
    private String link;

    @Column(name = "dedupe_key", nullable = false, length = 200, updatable = false)
    private String key;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(nullable = false, updatable = false)
    private boolean shareable;

    protected Notice() {
    }

    public Notice(String recipient, String subject, String body, Link link, String key, Instant now) {
        this(recipient, subject, body, link, key, now, false);
    }

    /** @param shareable whether its words may leave the portal (in an e-mail); otherwise only that it exists */
    public Notice(String recipient, String subject, String body, Link link, String key, Instant now, boolean shareable) {
        this.shareable = shareable;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.link = link == null ? null : link.stored();
        this.key = key;
        this.createdAt = now;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Link getLink() {
        return Link.parse(link);
    }

    public String getKey() {
        return key;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isShareable() {
        return shareable;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
