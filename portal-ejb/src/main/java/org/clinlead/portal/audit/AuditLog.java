package org.clinlead.portal.audit;

import static org.clinlead.portal.people.Roles.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Lists;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;

/**
 * The audit log for administrators: browse and filter it page by page (newest first by default), and
 * verify the hash chain end to end. There is deliberately no way to change or delete an entry.
 */
@Stateless
public class AuditLog {

    private static final int VERIFY_BATCH = 1000;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @RolesAllowed(ADMIN)
    public Page<AuditLine> search(PageRequest request) {
        return new Lists<>(em, AuditEntry.class,
                Map.of("id", r -> r.get("id"), "occurredAt", r -> r.get("occurredAt"), "actor", r -> r.get("actor"),
                        "action", r -> r.get("action"), "recordType", r -> r.get("recordType")),
                Map.of("actor", (cb, r) -> v -> cb.equal(r.get("actor"), v),
                        "action", (cb, r) -> v -> cb.equal(r.get("action"), v),
                        "recordType", (cb, r) -> v -> cb.equal(r.get("recordType"), v),
                        "recordId", (cb, r) -> v -> cb.equal(r.get("recordId"), v),
                        "afterId", (cb, r) -> v -> cb.greaterThan(r.get("id"), parseId(v)),
                        "text", (cb, r) -> v -> Lists.contains(cb, r.get("summary"), v),
                        "from", (cb, r) -> v -> cb.greaterThanOrEqualTo(r.get("occurredAt"), startOf("from", v)),
                        "to", (cb, r) -> v -> cb.lessThan(r.get("occurredAt"), startOf("to", v).plusSeconds(86_400))),
                "id", false)
                .page(request).map(AuditLine::of);
    }

    /** Walks every entry in order, a batch at a time, and compares the end with the chain's head. */
    @RolesAllowed(ADMIN)
    public ChainReport verify() {
        ChainVerifier verifier = new ChainVerifier();
        AuditHead head = em.find(AuditHead.class, AuditHead.SINGLETON_ID);
        long after = 0;
        while (true) {
            List<AuditEntry> batch = em.createQuery(
                    "select e from AuditEntry e where e.id > :after and e.id <= :last order by e.id", AuditEntry.class)
                    .setParameter("after", after).setParameter("last", head.getLastId())
                    .setMaxResults(VERIFY_BATCH).getResultList();
            for (AuditEntry entry : batch) {
                if (!verifier.accept(entry)) {
                    return new ChainReport(false, verifier.checked(), verifier.firstBroken());
                }
            }
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
            after = batch.get(batch.size() - 1).getId();
            em.clear();
        }
        verifier.endAt(head);
        return new ChainReport(verifier.valid(), verifier.checked(), verifier.firstBroken());
    }

    /** The action names that occur in the log, for a filter's drop-down. */
    @RolesAllowed(ADMIN)
    public List<String> actions() {
        return java.util.Arrays.stream(AuditAction.values()).map(Enum::name).sorted().toList();
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("afterId", "An entry number is a whole number.");
        }
    }

    private static Instant startOf(String field, String date) {
        try {
            return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Give the date as YYYY-MM-DD, e.g. 2026-11-23.");
        }
    }
}
