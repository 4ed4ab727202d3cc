package org.clinlead.portal.advice;

/** What a request for advice is about, when it is about a record of the portal. */
public enum AdviceSubject {

    PROFILE_INDICATOR("Practice-profile indicator"), CQUIN_INDICATOR("CQUIN indicator"), AGENDA_ITEM("Board agenda item"),
    RECONFIGURATION("Reconfiguration proposal"),
    TARGET_SERIES("Operating target");

    private final String label;

    AdviceSubject(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
