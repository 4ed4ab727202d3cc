package org.clinlead.portal.cohort;

/** Who confirms that an applicant's organisation supports their place: their medical director or line manager. */
public enum SupporterRole {
    MEDICAL_DIRECTOR("Medical director"),
    LINE_MANAGER("Line manager");

    private final String label;

    SupporterRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
