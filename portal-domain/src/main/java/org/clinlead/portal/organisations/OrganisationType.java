package org.clinlead.portal.organisations;

import java.util.regex.Pattern;

/**
 * The kinds of organisation the strategy deals with, each with the shape of its national (ODS) code:
 * NHS trusts have three characters starting with R, primary-care trusts three starting with 5, GP
 * practices a letter and five digits, strategic health authorities three starting with Q.
 */
public enum OrganisationType {

    ACUTE_TRUST("Acute trust", "R[A-Z0-9]{2}", "3 characters starting with R, e.g. RX1"),
    MENTAL_HEALTH_TRUST("Mental health trust", "R[A-Z0-9]{2}", "3 characters starting with R, e.g. RXE"),
    COMMUNITY_TRUST("Community services trust", "R[A-Z0-9]{2}", "3 characters starting with R, e.g. RY5"),
    PRIMARY_CARE_TRUST("Primary care trust (commissioner)", "5[A-Z0-9]{2}", "3 characters starting with 5, e.g. 5NY"),
    GP_PRACTICE("GP practice", "[A-Z][0-9]{5}", "a letter and 5 digits, e.g. B82001"),
    STRATEGIC_HEALTH_AUTHORITY("Strategic health authority", "Q[A-Z0-9]{2}", "3 characters starting with Q, e.g. Q32"),
    OTHER("Other body (university, independent provider…)", "[A-Z0-9]{3,8}", "3 to 8 letters or digits");

    private final String label;
    private final Pattern codePattern;
    private final String codeShape;

    OrganisationType(String label, String codePattern, String codeShape) {
        this.label = label;
        this.codePattern = Pattern.compile(codePattern);
        this.codeShape = codeShape;
    }

    public String label() {
        return label;
    }

    /** The label as it reads inside a sentence, with its article: "an acute trust", "a GP practice". */
    public String inSentence() {
        String words = Character.isUpperCase(label.charAt(1)) ? label
                : Character.toLowerCase(label.charAt(0)) + label.substring(1);
        return ("AEIOUaeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }

    public String codeShape() {
        return codeShape;
    }

    /** The kinds that provide services, which a quality contract can be with: the trusts, and others (a medical school). */
    public static final java.util.Set<OrganisationType> PROVIDERS = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(ACUTE_TRUST, MENTAL_HEALTH_TRUST, COMMUNITY_TRUST, OTHER));

    /** The kind that commissions. */
    public static final java.util.Set<OrganisationType> COMMISSIONERS = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(PRIMARY_CARE_TRUST));

    /** The code as stored: trimmed, upper case, no inner spaces. */
    public static String normalise(String code) {
        return code == null ? null : code.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }

    public boolean accepts(String normalisedCode) {
        return normalisedCode != null && codePattern.matcher(normalisedCode).matches();
    }
}
