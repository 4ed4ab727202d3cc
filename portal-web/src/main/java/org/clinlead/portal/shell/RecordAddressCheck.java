package org.clinlead.portal.shell;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A record's page opened without its record ({@code meeting.xhtml}, {@code project.xhtml?id=abc}): the page's required
 * view parameter is missing or not an id, so there is nothing to show — the answer is the "not found" page with a 404,
 * as for an id no record has, where Faces would otherwise draw the page empty (200) or fail on the missing record (500).
 * Only on opening the page: a postback carries the record in its view ({@code required="#{not facesContext.postback}"}).
 */
public class RecordAddressCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing: the view parameters are checked after they are validated
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.isPostback() || !context.isValidationFailed() || context.getViewRoot() == null) {
            return;
        }
        boolean missingRecord = ViewMetadata.getViewParameters(context.getViewRoot()).stream()
                .anyMatch(p -> !p.isValid() && required(context, p));
        if (missingRecord) {
            try {
                context.getExternalContext().responseSendError(404, "There is no such record.");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }

    private static boolean required(FacesContext context, UIViewParameter parameter) {
        ValueExpression required = parameter.getValueExpression("required");
        return required == null ? parameter.isRequired() : Boolean.TRUE.equals(required.getValue(context.getELContext()));
    }
}
