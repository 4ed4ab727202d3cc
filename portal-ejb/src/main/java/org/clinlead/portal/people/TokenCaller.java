package org.clinlead.portal.people;

import java.util.Set;

/** Who a valid token signs in as, with the roles of the account today, and whether it may only read. */
public record TokenCaller(String username, Set<Role> roles, boolean readOnly) {
}
