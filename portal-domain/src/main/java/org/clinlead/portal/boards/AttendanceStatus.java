package org.clinlead.portal.boards;

/** Whether a member attended. */
public enum AttendanceStatus {
    PRESENT("Present"),
    APOLOGIES("Apologies"),
    ABSENT("Absent");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
