package org.clinlead.portal.interests;

/**
 * Fired in the declaring transaction when someone declares (or amends) an interest in one of the region's
 * organisations, so other capabilities — the boards' conflict flags — can react without this package
 * knowing them.
 */
public record InterestDeclared(long clinicianId, long organisationId) {
}
