package org.clinlead.portal.shared;

import java.util.List;

/** The input breaks a rule that belongs to one or more fields (for example a registration number's format). */
public class InvalidInputException extends PortalException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "The input is not valid."
                : errors.get(0).message() + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
