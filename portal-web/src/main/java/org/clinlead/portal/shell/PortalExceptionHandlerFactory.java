package org.clinlead.portal.shell;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

/**
 * How a failed page request ends. A full page request answers on its own address with the status that
 * says what happened — 404 for a record that does not exist, 403 for one the person may not see, 400 for
 * a form that has expired or was not sent by the portal's own page (missing script nonce, forged view
 * state), 500 for the unexpected, logged once here with the incident number the page shows. Ajax requests
 * keep PrimeFaces' handler, which sends the browser to the same error pages.
 */
public class PortalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PortalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(PortalExceptionHandlerFactory.class.getName());

        private final PrimeExceptionHandler ajax;

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
            this.ajax = new PrimeExceptionHandler(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext context = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            if (context == null || !events.hasNext()) {
                getWrapped().handle();
                return;
            }
            if (context.getPartialViewContext().isAjaxRequest()) {
                Throwable first = events.next().getContext().getException();
                if (status(first) == 500) {
                    ajax.handle();
                    return;
                }
                // An expected failure (expired form, missing record) needs no stack trace in the log.
                events.remove();
                while (events.hasNext()) {
                    events.next();
                    events.remove();
                }
                redirectTo(context, status(first));
                return;
            }
            Throwable thrown = events.next().getContext().getException();
            events.remove();
            while (events.hasNext()) {
                events.next();
                events.remove();
            }
            int status = status(thrown);
            HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
            if (status == 500) {
                String incident = UUID.randomUUID().toString().substring(0, 8);
                LOG.log(Level.SEVERE, "Incident " + incident + " at " + request.getMethod() + " " + request.getRequestURI(), thrown);
                request.setAttribute(ErrorPagesFilter.INCIDENT, incident);
            }
            try {
                if (!context.getExternalContext().isResponseCommitted()) {
                    context.getExternalContext().responseReset();
                    context.getExternalContext().responseSendError(status, null);
                }
            } catch (IOException e) {
                throw new FacesException(e);
            }
            context.responseComplete();
        }

        private static void redirectTo(FacesContext context, int status) {
            String page = switch (status) {
                case 404 -> "/errors/404.xhtml";
                case 403 -> "/errors/403.xhtml";
                default -> "/errors/expired.xhtml";
            };
            try {
                context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + page);
            } catch (IOException e) {
                throw new FacesException(e);
            }
            context.responseComplete();
        }

        /** The status a failure stands for, judged by its causes. */
        static int status(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof RecordNotFoundException) {
                    return 404;
                }
                if (t instanceof EJBAccessException || t instanceof AccessLocalException || t instanceof AccessRefusedException) {
                    return 403;
                }
                if (t instanceof ViewExpiredException || t instanceof ProtectedViewException
                        || t.getClass().getName().equals("org.primefaces.csp.CspException")
                        // Mojarra's answer to a forged view state (e.g. "stateless" posted to a page that keeps state).
                        || t instanceof FacesException && String.valueOf(t.getMessage()).startsWith("Unable to restore view")) {
                    return 400;
                }
            }
            return 500;
        }
    }
}
