/**
 * People pages (clinician directory, user administration, the home page's "who am I") and the
 * {@code /api/v1/clinicians}, {@code /api/v1/users} and {@code /api/v1/me} resources.
 */
package org.clinlead.portal.people;
