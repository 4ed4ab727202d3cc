package org.clinlead.portal.shared;

import java.util.Arrays;
import java.util.Locale;

/** Reading a list's filter values: an enum constant or an id, with a plain-word refusal when it is neither. */
public final class Filters {

    private Filters() {
    }

    /** The constant named by {@code value} (any case), or null when the filter is not given. */
    public static <E extends Enum<E>> E constant(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "\"" + value + "\" is not a " + field + "; use one of "
                    + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }

    /** The id in {@code value}, or null when the filter is not given. */
    public static Long id(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "\"" + value + "\" is not a " + field + " id.");
        }
    }
}
