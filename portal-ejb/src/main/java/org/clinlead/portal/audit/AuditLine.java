package org.clinlead.portal.audit;

import java.io.Serializable;
import java.time.Instant;

/** An audit entry as administrators see it. */
public record AuditLine(long id, Instant occurredAt, String actor, String action, String recordType, String recordId,
        String summary, String hash) implements Serializable {

    static AuditLine of(AuditEntry e) {
        return new AuditLine(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getRecordType(),
                e.getRecordId(), e.getSummary(), e.getHash());
    }
}
