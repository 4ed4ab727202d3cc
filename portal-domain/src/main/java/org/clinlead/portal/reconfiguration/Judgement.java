package org.clinlead.portal.reconfiguration;

/** The panel's judgement of the evidence for one item of the checklist. */
public enum Judgement {

    MET("Met"), PARTLY_MET("Partly met"), NOT_MET("Not met");

    private final String label;

    Judgement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
