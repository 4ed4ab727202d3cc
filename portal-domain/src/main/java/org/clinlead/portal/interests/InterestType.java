package org.clinlead.portal.interests;

/** The kinds of interest NHS conflict-of-interest guidance asks decision makers to declare. */
public enum InterestType {

    FINANCIAL("Financial", "Direct financial benefit, e.g. a directorship, shares, paid advisory work"),
    NON_FINANCIAL_PROFESSIONAL("Non-financial professional", "A professional benefit, e.g. an advisory role, a research post, a society office"),
    NON_FINANCIAL_PERSONAL("Non-financial personal", "A personal benefit, e.g. a trustee or voluntary role"),
    INDIRECT("Indirect", "An interest of a close relative or associate (name them)");

    private final String label;
    private final String hint;

    InterestType(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }
}
