package org.clinlead.portal.appointments;

/** A vacancy is open (taking applications until its closing date, then assessed), filled, or closed without appointing. */
public enum VacancyStatus {
    OPEN("Open"),
    FILLED("Filled"),
    NO_APPOINTMENT("Closed without appointment");

    private final String label;

    VacancyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
