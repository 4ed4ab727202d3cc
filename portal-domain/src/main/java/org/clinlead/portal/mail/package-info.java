/**
 * E-mail: how each person wants the portal's notices (as they happen, a daily digest, or not at all) at a verified
 * address, and the outbox every message is written to in the same transaction as what caused it.
 */
package org.clinlead.portal.mail;
