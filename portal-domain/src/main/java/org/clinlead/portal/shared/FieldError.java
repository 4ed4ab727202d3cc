package org.clinlead.portal.shared;

import java.io.Serializable;

/** One thing wrong with one field of a form or request, in words the person can act on. */
public record FieldError(String field, String message) implements Serializable {
}
