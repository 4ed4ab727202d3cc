package org.clinlead.portal.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.clinlead.portal.shared.FieldErrors;

/**
 * Bean Validation failures as problem answers. Needed beside {@link ProblemMapper} because Jersey's own
 * mapper for validation exceptions is more specific than a mapper of {@code Throwable}, and it answers
 * with an empty 400.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return Problems.invalidInput(FieldErrors.of(exception));
    }
}
