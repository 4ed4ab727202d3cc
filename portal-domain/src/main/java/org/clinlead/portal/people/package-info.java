/**
 * The people of the region and their accounts: clinicians with a profession and a professional
 * registration checked per registering body, user accounts linked to clinicians with one or more
 * roles, the password policy and the lockout rule.
 */
package org.clinlead.portal.people;
