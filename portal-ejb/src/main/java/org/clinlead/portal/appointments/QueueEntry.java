package org.clinlead.portal.appointments;

import java.io.Serializable;
import java.time.Instant;

/** A recommendation waiting for a medical director, or an application waiting for a panel member's scores. */
public record QueueEntry(long applicationId, String seatLabel, String candidateName, String candidateOrganisation,
        Instant since, String waitingFor) implements Serializable {
}
