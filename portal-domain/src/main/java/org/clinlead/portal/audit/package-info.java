/**
 * The append-only, tamper-evident audit log: every state change, failed sign-in and denied access,
 * each entry chained to the one before by a SHA-256 hash so that a changed or removed entry is found.
 */
package org.clinlead.portal.audit;
