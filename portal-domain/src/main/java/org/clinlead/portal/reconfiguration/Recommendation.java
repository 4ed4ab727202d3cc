package org.clinlead.portal.reconfiguration;

/** The clinical review panel's recommendation on a proposal. */
public enum Recommendation {

    SUPPORTED("Supported"), SUPPORTED_WITH_CONDITIONS("Supported with conditions"), NOT_SUPPORTED("Not supported");

    private final String label;

    Recommendation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
