package org.clinlead.portal.cohort;

/** The programme manager's decision on an application. */
public enum Selection {
    SELECT,
    WAITLIST,
    DECLINE
}
