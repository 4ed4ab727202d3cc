package org.clinlead.portal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One line of the audit log: who did what to which record, when (UTC), with a short before/after
 * summary. Entries are numbered without gaps and never change: every column is not updatable, and the
 * hash over the content and the previous entry's hash lets {@link ChainVerifier} detect an edit.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int ACTOR_MAX = 40;
    public static final int ACTION_MAX = 60;
    public static final int RECORD_TYPE_MAX = 40;
    public static final int RECORD_ID_MAX = 40;
    public static final int SUMMARY_MAX = 1000;

    @Id
    @Column(updatable = false)
    private long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = ACTOR_MAX)
    private String actor;

    @Column(name = "action_name", nullable = false, updatable = false, length = ACTION_MAX)
    private String action;

    @Column(name = "record_type", updatable = false, length = RECORD_TYPE_MAX)
    private String recordType;

    @Column(name = "record_id", updatable = false, length = RECORD_ID_MAX)
    private String recordId;

    @Column(nullable = false, updatable = false, length = SUMMARY_MAX)
    private String summary;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditEntry() {
    }

    /** Creates the entry that follows {@code previousHash} as number {@code id}. */
    AuditEntry(long id, Instant occurredAt, String actor, AuditAction action, String recordType, Object recordId,
            String summary, String previousHash) {
        this.id = id;
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        this.actor = fit(actor == null ? "anonymous" : actor, ACTOR_MAX);
        this.action = action.name();
        this.recordType = recordType == null ? null : fit(recordType, RECORD_TYPE_MAX);
        this.recordId = recordId == null ? null : fit(String.valueOf(recordId), RECORD_ID_MAX);
        this.summary = fit(summary == null ? "" : summary, SUMMARY_MAX);
        this.previousHash = previousHash;
        this.hash = AuditChain.hashOf(this);
    }

    private static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getSummary() {
        return summary;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
