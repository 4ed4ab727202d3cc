/**
 * People boundaries: the clinician register, user accounts (administrators only), signing in with
 * the lockout rule, and "who am I" for every signed-in person.
 */
package org.clinlead.portal.people;
