package org.clinlead.portal.shared;

import java.util.List;

/** A value that must be unique (a national code, a username, a registration number) is already taken. */
public class DuplicateValueException extends PortalException {

    private static final long serialVersionUID = 1L;

    private final FieldError error;

    public DuplicateValueException(String field, String message) {
        super(message);
        this.error = new FieldError(field, message);
    }

    public List<FieldError> errors() {
        return List.of(error);
    }
}
