package org.clinlead.portal.projects;

import java.io.Serializable;

/** A member of a project's team. */
public record TeamMember(long clinicianId, String name, String organisation) implements Serializable {
}
