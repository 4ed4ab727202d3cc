package org.clinlead.portal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Figures worked out from many rows (the commissioning region view, the programme dashboard, the strategy's gaps),
 * kept while nothing has been written. Every change the portal makes is audited in the transaction that makes it, so
 * the audit log's last entry — the mark, read from the database on every call, hence the same on every node of a
 * cluster — tells whether anything may have changed since the figures were worked out; a new mark works them out
 * again from the tables. The key says what else the figures depend on (the day, who may see what). At most a few
 * hundred sets are kept.
 */
@ApplicationScoped
public class UntilNextWrite {

    private static final int MAX_ENTRIES = 500;

    private record Entry(long mark, Object value) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /**
     * The figures under {@code key} as last worked out if nothing has been written since, else {@code workOut}'s.
     * The mark is read before the figures, so figures kept under a mark are never older than it.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> workOut) {
        long mark = em.createQuery("select h.lastId from AuditHead h", Long.class).getResultList().stream().findFirst()
                .orElse(0L);
        Entry entry = entries.get(key);
        if (entry != null && entry.mark() == mark) {
            return (T) entry.value();
        }
        T value = workOut.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(mark, value));
        return value;
    }
}
