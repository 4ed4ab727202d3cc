/**
 * E-mail: notices passed on as each person chose (as they happen, a daily digest, or not at all), meeting
 * invitations, the check of a person's address, and the outbox — written in the transaction that caused the mail,
 * delivered after commit with retries, never twice, and shown to administrators.
 */
package org.clinlead.portal.mail;
