package org.clinlead.portal.projects;

/** What a PDSA cycle decided after studying its results. */
public enum ActDecision {
    ADOPT("Adopt"),
    ADAPT("Adapt"),
    ABANDON("Abandon");

    private final String label;

    ActDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
