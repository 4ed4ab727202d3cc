package org.clinlead.portal.appointments;

/** A medical director's decision on a recommendation. */
public enum Outcome {
    APPROVED,
    REJECTED
}
