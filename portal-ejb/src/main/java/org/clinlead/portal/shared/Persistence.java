package org.clinlead.portal.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.function.Supplier;

/** Flushing with the failures a person can act on: a stale version, a value that must be unique. */
public final class Persistence {

    private Persistence() {
    }

    /** The names of the queries {@link #named} has given the persistence unit (there is one unit per application). */
    private static final java.util.Set<String> NAMED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * The query called {@code name}, defined by {@code definition} the first time it is asked for (its JPQL with any
     * hints — {@link #bound}, {@link #fetching} — and a fixed limit) and kept by the persistence unit as a named query.
     * EclipseLink prepares a named query once, where a query given hints or a limit after it was created was prepared
     * again, SQL and all, on every call (issue 17: an eighth of the medical director's home page). Parameters and a
     * page's first row and size are set on what this returns, as on any query. {@code name} is the boundary and method
     * ("PaperReviews.inbox"); one name, one definition.
     */
    public static <T> TypedQuery<T> named(EntityManager em, String name, Class<T> type,
            Supplier<TypedQuery<T>> definition) {
        if (!NAMED.contains(name)) {
            TypedQuery<T> query = definition.get();
            if (query.getMaxResults() != Integer.MAX_VALUE) {
                // The limit in the prepared statement too: a named query's own limit is applied again at each call, and
                // to a query prepared without one that was a change, which had it prepared afresh every time.
                query.setHint(org.eclipse.persistence.config.QueryHints.JDBC_MAX_ROWS, query.getMaxResults());
            }
            em.getEntityManagerFactory().addNamedQuery(name, query);
            NAMED.add(name);
        }
        return em.createNamedQuery(name, type);
    }

    /**
     * The query with its parameters always sent as JDBC parameters. EclipseLink writes values into the SQL text of a
     * query with a subquery on Derby; a value that changes every time (now, a person's id) then made Derby compile the
     * statement afresh on every request (a quarter of a board member's home page) and filled its statement cache with
     * one-off copies.
     */
    public static <Q extends jakarta.persistence.Query> Q bound(Q query) {
        query.setHint(org.eclipse.persistence.config.QueryHints.BIND_PARAMETERS, org.eclipse.persistence.config.HintValues.TRUE);
        return query;
    }

    /**
     * The query with each of {@code paths} ("a.candidate.organisation") joined into its one statement. EclipseLink quietly
     * ignores a fetch join made through another join's alias ({@code join fetch a.candidate c join fetch c.organisation}
     * reads every candidate's organisation by itself afterwards, a statement per row: issue 17 found 22 on a mentor's
     * home page); a nested path given as this hint is joined.
     */
    public static <Q extends jakarta.persistence.Query> Q fetching(Q query, String... paths) {
        for (String path : paths) {
            query.setHint(org.eclipse.persistence.config.QueryHints.FETCH, path);
        }
        return query;
    }

    /** As {@link #fetching}, for paths that may be empty (an outer join: a seat without a programme). */
    public static <Q extends jakarta.persistence.Query> Q fetchingOptional(Q query, String... paths) {
        for (String path : paths) {
            query.setHint(org.eclipse.persistence.config.QueryHints.LEFT_FETCH, path);
        }
        return query;
    }

    /** Refuses a change made from an out-of-date copy of the record. */
    public static void checkVersion(String recordType, long expected, long actual) {
        if (expected != actual) {
            throw new StaleRecordException(recordType);
        }
    }

    /**
     * Flushes now, so that a lost race on a unique value or a version surfaces here, as a message, rather
     * than at commit as a rolled-back transaction.
     */
    public static void flush(EntityManager em, String recordType, Supplier<PortalException> onUniqueClash) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleRecordException(recordType);
        } catch (PersistenceException e) {
            throw onUniqueClash.get();
        }
    }

    /** A unique key refused a row (SQL state 23505 on Derby and PostgreSQL), however the driver wrapped it. */
    public static boolean uniqueKeyRefused(java.sql.SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
            if (t instanceof java.sql.BatchUpdateException b && b.getNextException() != null
                    && "23505".equals(b.getNextException().getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
