package org.clinlead.portal.reconfiguration;

/** Where a condition of the panel's support is. */
public enum ConditionStatus {

    OPEN("Open"), MET("Met"), NOT_MET("Not met");

    private final String label;

    ConditionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
