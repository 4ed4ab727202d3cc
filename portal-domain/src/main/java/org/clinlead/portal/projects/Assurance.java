package org.clinlead.portal.projects;

/** Whether the process, as its limits stand, will meet the target. */
public enum Assurance {
    CONSISTENTLY_PASSING("Consistently passing the target: the target is beyond the limits on the side of improvement"),
    HIT_AND_MISS("Hit and miss: the target lies within the process limits, so it will sometimes be met and sometimes not"),
    CONSISTENTLY_FAILING("Consistently failing the target: it lies beyond the limits on the wrong side; the process must change");

    private final String label;

    Assurance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
