package org.clinlead.portal.profiles;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often an indicator is reported. Periods are financial years, written as people write them:
 * {@code 2025/26} for a year, {@code 2025/26 Q3} for its third quarter (October to December 2025). The
 * written form is also the stored one, and sorts in time order.
 */
public enum PeriodType {

    QUARTER("Quarterly", "a financial quarter such as 2025/26 Q3"),
    YEAR("Yearly", "a financial year such as 2025/26");

    private static final Pattern YEAR_FORM = Pattern.compile("(\\d{4})/(\\d{2})");
    private static final Pattern QUARTER_FORM = Pattern.compile("(\\d{4})/(\\d{2}) ?Q([1-4])");

    private final String label;
    private final String shape;

    PeriodType(String label, String shape) {
        this.label = label;
        this.shape = shape;
    }

    public String label() {
        return label;
    }

    /** What a period of this type looks like, for error messages. */
    public String shape() {
        return shape;
    }

    /** The period in its stored form, or empty when the text is not a period of this type. */
    public Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        Matcher m = (this == YEAR ? YEAR_FORM : QUARTER_FORM).matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        if (start < 2000 || start > 2099 || Integer.parseInt(m.group(2)) != (start + 1) % 100) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) + "/" + m.group(2) + (this == QUARTER ? " Q" + m.group(3) : ""));
    }
}
