package org.clinlead.portal.people;

import java.util.Set;

/** What an administrator may change on an account; enabling and disabling have their own actions. */
public record AccountChanges(String displayName, Long clinicianId, Set<Role> roles) {
}
