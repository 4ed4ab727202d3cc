/**
 * The register of interests boundaries: {@link org.clinlead.portal.interests.RegisterOfInterests} (a
 * clinician declares, amends and ends their own interests or makes a nil return; administrators withhold an
 * entry from publication) and {@link org.clinlead.portal.interests.InterestRegisters} (the internal register,
 * the yearly round, and the public register of decision makers that everyone reads, signed in or not).
 */
package org.clinlead.portal.interests;
