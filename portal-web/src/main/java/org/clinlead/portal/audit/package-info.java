/** The audit log page (browse, filter, verify, export) and the {@code /api/v1/audit} resource. */
package org.clinlead.portal.audit;
