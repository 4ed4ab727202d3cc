package org.clinlead.portal.strategy;

/** The kinds of record that are activities of the strategy, each from its capability. */
public enum ActivityKind {

    VACANCY("Lead vacancy", "Appointments"),
    APPOINTMENT("Lead appointment", "Appointments"),
    AGENDA_ITEM("Board agenda item", "Pathway boards"),
    PROJECT("Change project", "Leaders programme"),
    COHORT("Programme cohort", "Leaders programme"),
    CQUIN_INDICATOR("CQUIN indicator", "Commissioning"),
    ADVICE_REQUEST("Clinical advice request", "Clinical advice"),
    ASSURANCE_REVIEW("Plan assurance review", "Assurance"),
    RECONFIGURATION("Reconfiguration review", "Service changes");

    private final String label;
    private final String capability;

    ActivityKind(String label, String capability) {
        this.label = label;
        this.capability = capability;
    }

    public String label() {
        return label;
    }

    /** The capability the kind belongs to, as the dashboard groups them. */
    public String capability() {
        return capability;
    }
}
