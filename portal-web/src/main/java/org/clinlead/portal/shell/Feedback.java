package org.clinlead.portal.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.clinlead.portal.shared.FieldError;
import org.clinlead.portal.shared.FieldErrors;

/**
 * Shows a business failure on the form that caused it: each field error next to its input (inputs are
 * given the id of the field they edit), anything else at the top of the page. The form keeps what the
 * person typed.
 */
public final class Feedback {

    private Feedback() {
    }

    public static void show(String formId, RuntimeException failure) {
        FacesContext context = FacesContext.getCurrentInstance();
        java.util.List<FieldError> errors = FieldErrors.of(failure);
        if (errors.isEmpty()) {
            error(failure.getMessage());
        }
        UIComponent form = context.getViewRoot().findComponent(formId);
        for (FieldError error : errors) {
            UIComponent input = form == null ? null : form.findComponent(error.field());
            if (input instanceof jakarta.faces.component.UIInput field) {
                field.setValid(false); // outlined in red like Faces' own validation failures
            }
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), error.message());
            context.addMessage(input == null ? null : input.getClientId(context), message);
        }
        if (!errors.isEmpty()) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Please correct the highlighted fields.", null));
        }
        context.validationFailed();
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /**
     * Runs a page action: on success says {@code done} (kept across the redirect) and returns {@code outcome};
     * when the boundary refuses, shows why on {@code formId} and returns null so the page stays with what was typed.
     */
    public static String attempt(String formId, Runnable action, String done, String outcome) {
        try {
            action.run();
        } catch (org.clinlead.portal.shared.PortalException | jakarta.validation.ConstraintViolationException e) {
            show(formId, e);
            return null;
        }
        done(done);
        return outcome;
    }

    /** A message that survives the redirect after a successful save. */
    public static void done(String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
