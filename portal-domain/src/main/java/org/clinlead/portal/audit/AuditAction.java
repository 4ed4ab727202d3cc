package org.clinlead.portal.audit;

/** What happened. Names are stored in the log, so values are only ever added, never renamed. */
public enum AuditAction {
    CREATED,
    UPDATED,
    CLOSED,
    REOPENED,
    ROLES_CHANGED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    PASSWORD_CHANGED,
    SIGNED_IN,
    SIGNED_OUT,
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    ACCESS_DENIED,
    SYSTEM_STARTED,
    SCORED,
    RECOMMENDED,
    APPROVED,
    REJECTED,
    RENEWED
}
