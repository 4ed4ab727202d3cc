package org.clinlead.portal.reconfiguration;

/** Where a proposal for a service change is: each stage follows the one before, none is skipped. */
public enum Stage {

    SUBMITTED("Case for change submitted"), CLINICAL_REVIEW("Clinical review"), RECOMMENDATION("Recommendation made"),
    DECIDED("Decision recorded"), CLOSED("Closed");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stage that comes next (null after the last). */
    public Stage next() {
        return this == CLOSED ? null : values()[ordinal() + 1];
    }
}
