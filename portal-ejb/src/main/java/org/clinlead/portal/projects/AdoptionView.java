package org.clinlead.portal.projects;

import java.io.Serializable;
import java.time.LocalDate;

/** An organisation that adopted the change, and when. */
public record AdoptionView(long id, long organisationId, String organisation, LocalDate adoptedOn, String level)
        implements Serializable {
}
