package org.clinlead.portal.people;

/**
 * Fired (as a CDI event) when an administrator changes an account's roles, so that what the person may do changes at
 * once: their API tokens are looked up again and their open sessions take the new roles at their next request.
 */
public record AccountRolesChanged(String username) {
}
