package org.clinlead.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;

/**
 * Appends to the audit chain. Not a boundary: boundaries call it within their transaction
 * ({@code MANDATORY}), so no change commits without its entry. Security events (a failed sign-in, a
 * denied access) have no business transaction around them and are written in one of their own.
 */
@ApplicationScoped
public class AuditRecorder {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Principal caller;

    @Inject
    private Clock clock;

    /** Records a change made by the current caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(AuditAction action, String recordType, Object recordId, String summary) {
        return append(callerName(), action, recordType, recordId, summary);
    }

    /** Records an event on behalf of a named actor (a sign-in attempt, the system at start-up). */
    @Transactional(Transactional.TxType.REQUIRED)
    public AuditEntry recordAs(String actor, AuditAction action, String recordType, Object recordId, String summary) {
        return append(actor, action, recordType, recordId, summary);
    }

    /** Records a security event in a transaction of its own, so it stays even if the caller's fails. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditEntry recordSecurityEvent(String actor, AuditAction action, String recordType, Object recordId,
            String summary) {
        return append(actor, action, recordType, recordId, summary);
    }

    private AuditEntry append(String actor, AuditAction action, String recordType, Object recordId, String summary) {
        // The head row is locked until commit: appenders queue here, so the chain cannot fork.
        AuditHead head = em.find(AuditHead.class, AuditHead.SINGLETON_ID, LockModeType.PESSIMISTIC_WRITE);
        AuditEntry entry = head.append(Instant.now(clock), actor, action, recordType, recordId, summary);
        em.persist(entry);
        return entry;
    }

    private String callerName() {
        String name = caller == null ? null : caller.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? "anonymous" : name;
    }
}
