package org.clinlead.portal.people;

import java.util.Set;

/** What an administrator types to open an account. */
public record NewAccount(String username, String displayName, String password, Long clinicianId, Set<Role> roles) {
}
