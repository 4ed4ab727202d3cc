package org.clinlead.portal.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects field errors while an aggregate checks its invariants, then throws them together, so a
 * person sees everything wrong with a form at once rather than one error per attempt.
 */
public final class Check {

    private final List<FieldError> errors = new ArrayList<>();

    public Check require(boolean condition, String field, String message) {
        if (!condition) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public Check text(String value, String field, String label, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, label + " is required."));
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, label + " must be at most " + max + " characters."));
        }
        return this;
    }

    public Check optionalText(String value, String field, String label, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(new FieldError(field, label + " must be at most " + max + " characters."));
        }
        return this;
    }

    /**
     * A number that fits where it is kept: at most {@code integerDigits} digits before the point and {@code scale}
     * after it (nothing is rounded away silently). Null passes; say {@link #require} when it is needed.
     */
    public Check decimal(java.math.BigDecimal value, String field, String label, int integerDigits, int scale) {
        if (value == null) {
            return this;
        }
        java.math.BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() > scale) {
            errors.add(new FieldError(field, label + " has at most " + scale + " decimal place" + (scale == 1 ? "" : "s") + "."));
        } else if (plain.precision() - plain.scale() > integerDigits) {
            errors.add(new FieldError(field, label + " is too large (at most " + integerDigits + " digits before the "
                    + "decimal point)."));
        }
        return this;
    }

    public Check add(FieldError error) {
        errors.add(error);
        return this;
    }

    public void orThrow() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The value without surrounding spaces; null when there is nothing left. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
