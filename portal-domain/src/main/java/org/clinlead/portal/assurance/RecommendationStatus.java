package org.clinlead.portal.assurance;

/** Where a recommendation of an assurance review is, until it is completed. */
public enum RecommendationStatus {

    OPEN("Open"), IN_PROGRESS("In progress"), COMPLETED("Completed");

    private final String label;

    RecommendationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
