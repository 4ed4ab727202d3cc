package org.clinlead.portal.api;

/** CSV cells that are safe to open in a spreadsheet. */
public final class Csv {

    private Csv() {
    }

    /** Spreadsheets run cells that start with = + - @ as formulas; a leading apostrophe keeps them text. */
    public static String safe(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
