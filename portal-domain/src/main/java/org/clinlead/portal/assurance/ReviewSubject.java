package org.clinlead.portal.assurance;

/** What is assured: a commissioner's strategic plan, or a programme that spans the region. */
public enum ReviewSubject {

    STRATEGIC_PLAN("Strategic plan"), TRANSFORMATION_PROGRAMME("Region-wide transformation programme");

    private final String label;

    ReviewSubject(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
