/**
 * Writing and reading the audit log. Boundaries call {@link org.clinlead.portal.audit.AuditRecorder}
 * inside their own transaction, so a change and its audit entry commit or roll back together; the
 * {@link org.clinlead.portal.audit.AuditLog} boundary lets administrators browse and verify it.
 */
package org.clinlead.portal.audit;
