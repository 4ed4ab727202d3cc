/**
 * Practice profiles, the boundaries: the indicator catalogue ({@link org.clinlead.portal.profiles.ProfileCatalogue}),
 * the streaming all-or-nothing CSV import ({@link org.clinlead.portal.profiles.ProfileImport}), the funnel plot of an
 * indicator ({@link org.clinlead.portal.profiles.ProfileVariation}) and a practice's profile
 * ({@link org.clinlead.portal.profiles.PracticeProfiles}). Who sees which practice is decided once in
 * {@code ProfileAccess}; figures that only change with an import are kept in {@code ProfileCache}.
 */
package org.clinlead.portal.profiles;
