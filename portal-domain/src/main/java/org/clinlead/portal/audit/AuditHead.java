package org.clinlead.portal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The end of the chain: the number and hash of the last entry. It is a single row that writers lock
 * for update, so concurrent transactions append one after another and the chain never forks.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    public static final int SINGLETON_ID = 1;

    @Id
    private int id;

    @Column(name = "last_id", nullable = false)
    private long lastId;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditHead() {
    }

    /** Appends an entry after the current head and moves the head to it. */
    public AuditEntry append(Instant at, String actor, AuditAction action, String recordType, Object recordId,
            String summary) {
        AuditEntry entry = new AuditEntry(lastId + 1, at, actor, action, recordType, recordId, summary, lastHash);
        lastId = entry.getId();
        lastHash = entry.getHash();
        return entry;
    }

    public long getLastId() {
        return lastId;
    }

    public String getLastHash() {
        return lastHash;
    }

    /** For tests of the chain without a database. */
    public static AuditHead genesis() {
        AuditHead head = new AuditHead();
        head.id = SINGLETON_ID;
        head.lastHash = AuditChain.GENESIS;
        return head;
    }
}
