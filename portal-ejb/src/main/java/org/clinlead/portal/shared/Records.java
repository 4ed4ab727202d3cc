package org.clinlead.portal.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** Loading one record by id, or saying plainly that there is none (a 404 for the API, the not-found page). */
public final class Records {

    private Records() {
    }

    public static <T> T find(EntityManager em, Class<T> type, Object id, String recordType) {
        T found = em.find(type, id);
        if (found == null) {
            throw new RecordNotFoundException(recordType, id);
        }
        return found;
    }

    /** The same, locked for the rest of the transaction (for changes that must not interleave). */
    public static <T> T find(EntityManager em, Class<T> type, Object id, String recordType, LockModeType lock) {
        T found = em.find(type, id, lock);
        if (found == null) {
            throw new RecordNotFoundException(recordType, id);
        }
        return found;
    }
}
