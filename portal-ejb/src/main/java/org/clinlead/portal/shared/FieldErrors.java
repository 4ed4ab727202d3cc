package org.clinlead.portal.shared;

import jakarta.validation.ConstraintViolationException;
import java.util.List;

/** The field errors a refused input carries, whichever check refused it: a domain rule, a duplicate, Bean Validation. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static List<FieldError> of(RuntimeException failure) {
        if (failure instanceof InvalidInputException invalid) {
            return invalid.errors();
        }
        if (failure instanceof DuplicateValueException duplicate) {
            return duplicate.errors();
        }
        if (failure instanceof ConstraintViolationException violations) {
            return violations.getConstraintViolations().stream()
                    .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(FieldError::field)).toList();
        }
        return List.of();
    }

    /** "register.draft.name" → "name": the field of the JSON body or the form. */
    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
