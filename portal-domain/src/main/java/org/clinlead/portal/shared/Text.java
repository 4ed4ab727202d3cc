package org.clinlead.portal.shared;

/**
 * What the portal accepts as text from people and scripts: any printable writing, with line breaks and
 * tabs, but no invisible control characters (NUL, ESC, …) and no half of a surrogate pair — these print
 * as nothing or as garbage in pages, PDFs and spreadsheets, and break the files other systems read.
 */
public final class Text {

    private Text() {
    }

    /** Why the text cannot be accepted, or null when it can. */
    public static String problem(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains a broken character (half of a surrogate pair); type or paste it again.";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains a broken character (half of a surrogate pair); type or paste it again.";
            }
            if (c != '\n' && c != '\r' && c != '\t' && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || c == '\uFFFE' || c == '\uFFFF')) {
                return "contains an invisible control character (code " + String.format("U+%04X", (int) c)
                        + "); remove it and try again.";
            }
        }
        return null;
    }
}
