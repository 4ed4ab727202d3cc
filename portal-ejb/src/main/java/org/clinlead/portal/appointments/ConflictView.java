package org.clinlead.portal.appointments;

import java.io.Serializable;
import java.time.Instant;

/**
 * A conflict flag on an application: whose, in what capacity (panel chair, panel member, approver), what
 * the conflict is, and how it is managed — no statement yet means it is not managed.
 */
public record ConflictView(long clinicianId, String name, String capacity, String conflict, String statement,
        Instant statedAt) implements Serializable {

    public boolean isManaged() {
        return statement != null;
    }
}
