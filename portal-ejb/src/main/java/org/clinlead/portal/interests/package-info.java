/**
 * The register of interests boundary: a clinician declares, amends and ends their own interests or
 * makes a nil return; administrators withhold an entry from publication; everyone, signed in or not,
 * reads the public register of decision makers.
 */
package org.clinlead.portal.interests;
