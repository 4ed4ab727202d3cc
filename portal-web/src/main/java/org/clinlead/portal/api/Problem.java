package org.clinlead.portal.api;

import java.util.List;
import org.clinlead.portal.shared.FieldError;

/** An RFC 9457 problem document; {@code errors} lists field errors of invalid input and is absent otherwise. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
}
