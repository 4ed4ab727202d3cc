package org.clinlead.portal.people;

/**
 * Fired (as a CDI event, after the disabling transaction commits) when an account is disabled, so the
 * web layer can end that person's sessions at once.
 */
public record AccountDisabled(String username) {
}
