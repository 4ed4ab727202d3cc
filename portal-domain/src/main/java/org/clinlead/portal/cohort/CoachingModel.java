package org.clinlead.portal.cohort;

/** The coaching models mentors use. */
public enum CoachingModel {
    GROW("GROW — goal, reality, options, way forward"),
    CLEAR("CLEAR — contract, listen, explore, action, review"),
    OSCAR("OSCAR — outcome, situation, choices, actions, review");

    private final String label;

    CoachingModel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
