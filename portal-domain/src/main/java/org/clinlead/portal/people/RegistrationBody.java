package org.clinlead.portal.people;

import java.util.regex.Pattern;

/**
 * The UK professional regulators and the shape of the registration numbers they issue: GMC numbers
 * are 7 digits, NMC PINs 8 characters (two digits, a letter, four digits, a letter), HCPC numbers a
 * two-letter profession prefix and 5 or 6 digits, GPhC 7 digits, GDC up to 6 digits.
 */
public enum RegistrationBody {

    GMC("General Medical Council", "\\d{7}", "7 digits, e.g. 1234567"),
    NMC("Nursing and Midwifery Council", "\\d{2}[A-Z]\\d{4}[A-Z]", "8 characters: 2 digits, a letter, 4 digits and a letter, e.g. 12A3456E"),
    HCPC("Health and Care Professions Council", "[A-Z]{2}\\d{5,6}", "2 letters and 5 or 6 digits, e.g. PH123456"),
    GPHC("General Pharmaceutical Council", "\\d{7}", "7 digits, e.g. 2071234"),
    GDC("General Dental Council", "\\d{1,6}", "up to 6 digits, e.g. 81234");

    private final String fullName;
    private final Pattern pattern;
    private final String shape;

    RegistrationBody(String fullName, String pattern, String shape) {
        this.fullName = fullName;
        this.pattern = Pattern.compile(pattern);
        this.shape = shape;
    }

    public String fullName() {
        return fullName;
    }

    public String shape() {
        return shape;
    }

    public boolean accepts(String normalisedNumber) {
        return normalisedNumber != null && pattern.matcher(normalisedNumber).matches();
    }
}
