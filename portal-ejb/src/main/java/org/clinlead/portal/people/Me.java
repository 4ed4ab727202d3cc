package org.clinlead.portal.people;

import java.io.Serializable;
import java.util.List;

/** The signed-in person: who they are, what roles they hold, and the organisation they work for (if a clinician). */
public record Me(String username, String displayName, List<Role> roles, String organisationName,
        String professionLabel, Long organisationId) implements Serializable {
}
