package org.clinlead.portal.people;

import java.io.Serializable;
import java.util.List;

/** The signed-in person: who they are and what roles they hold. */
public record Me(String username, String displayName, List<Role> roles, String organisationName,
        String professionLabel) implements Serializable {
}
