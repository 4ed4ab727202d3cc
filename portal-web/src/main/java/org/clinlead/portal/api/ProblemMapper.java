package org.clinlead.portal.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.shared.DuplicateValueException;
import org.clinlead.portal.shared.FieldError;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.PortalException;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.StaleRecordException;

/**
 * Turns every failure into a problem answer: 400 invalid input (with field errors), 403 not allowed,
 * 404 no such record, 409 a rule or a stale version refused the change, 500 for the unexpected — which
 * is logged with an incident number and never shows its stack trace to the caller.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

    /** EclipseLink's own optimistic lock failure, met when a flush happens outside JPA's wrapping (at commit). */
    private static final String ECLIPSELINK_OPTIMISTIC = "org.eclipse.persistence.exceptions.OptimisticLockException";

    @Context
    private UriInfo uri;

    @Context
    private SecurityContext security;

    @Inject
    private AuditRecorder audit;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable failure = unwrap(thrown);
        if (failure instanceof InvalidInputException e) {
            return Problems.response(400, "Invalid input", e.getMessage(), e.errors());
        }
        if (failure instanceof RecordNotFoundException e) {
            return Problems.response(404, "Not found", e.getMessage());
        }
        if (failure instanceof DuplicateValueException e) {
            return Problems.response(409, "Already exists", e.getMessage(), e.errors());
        }
        if (failure instanceof StaleRecordException e) {
            return Problems.response(409, "Changed by someone else", e.getMessage());
        }
        if (failure instanceof org.clinlead.portal.shared.AccessRefusedException e) {
            audit.recordSecurityEvent(actor(), AuditAction.ACCESS_DENIED, "address", null,
                    "API " + uri.getPath() + ": " + e.getMessage());
            return Problems.response(403, "Not allowed", e.getMessage());
        }
        if (failure instanceof jakarta.persistence.OptimisticLockException
                || failure.getClass().getName().equals(ECLIPSELINK_OPTIMISTIC)) {
            return Problems.response(409, "Changed by someone else",
                    "Someone changed this record at the same moment. Reload it and try again.");
        }
        if (failure instanceof jakarta.persistence.PessimisticLockException
                || failure instanceof jakarta.persistence.LockTimeoutException) {
            return Response.fromResponse(Problems.response(503, "Busy",
                    "The record is being changed by another request. Try again in a moment.")).header("Retry-After", "1").build();
        }
        if (failure instanceof PortalException e) {
            return Problems.response(409, "Refused by a business rule", e.getMessage());
        }
        if (failure instanceof EJBAccessException || failure instanceof jakarta.ejb.AccessLocalException) {
            audit.recordSecurityEvent(actor(), AuditAction.ACCESS_DENIED, "address", null, "API " + uri.getPath());
            return Problems.response(403, "Not allowed", "Your roles do not allow this request.");
        }
        if (failure instanceof ConstraintViolationException e) {
            return Problems.invalidInput(org.clinlead.portal.shared.FieldErrors.of(e));
        }
        if (failure instanceof JsonbException || failure instanceof JsonParsingException
                || failure instanceof ProcessingException) {
            return malformed(thrown);
        }
        if (failure instanceof WebApplicationException e) {
            int status = e.getResponse().getStatus();
            return switch (status) {
                case 404 -> Problems.response(404, "Not found", "There is nothing at " + uri.getPath() + ".");
                case 405 -> Problems.response(405, "Method not allowed", "This address does not accept that method.");
                case 406 -> Problems.response(406, "Not acceptable", "This address answers in JSON.");
                case 415 -> Problems.response(415, "Unsupported media type", "Send the request body as application/json.");
                case 400 -> malformed(thrown);
                default -> Problems.response(status, "Request refused", "The request could not be handled (" + status + ").");
            };
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Incident " + incident + " at " + uri.getPath(), thrown);
        return Problems.response(500, "Something went wrong",
                "The portal could not complete this request. Quote incident " + incident + " to the administrator.");
    }

    private String actor() {
        return security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
    }

    private static Response malformed(Throwable thrown) {
        String field = null;
        for (Throwable t = thrown; t != null && field == null; t = t.getCause()) {
            Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                field = m.group(1);
            }
        }
        String detail = "The request body is not valid JSON, or a value has the wrong type or is not one of the allowed values.";
        return field == null ? Problems.response(400, "Malformed request", detail)
                : Problems.response(400, "Malformed request", detail,
                        List.of(new FieldError(field, "This value has the wrong type or is not one of the allowed values.")));
    }

    private static boolean lockFailure(Throwable t) {
        return t instanceof jakarta.persistence.OptimisticLockException || t instanceof jakarta.persistence.PessimisticLockException
                || t instanceof jakarta.persistence.LockTimeoutException
                || t != null && t.getClass().getName().equals(ECLIPSELINK_OPTIMISTIC);
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof EJBException || t instanceof jakarta.transaction.RollbackException
                || t instanceof jakarta.ejb.EJBTransactionRolledbackException
                || (t instanceof jakarta.persistence.PersistenceException && lockFailure(t.getCause()))
                || (t instanceof ProcessingException && t.getCause() != null))
                && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

}
