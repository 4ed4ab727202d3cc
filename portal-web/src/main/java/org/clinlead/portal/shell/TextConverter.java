package org.clinlead.portal.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.clinlead.portal.shared.Text;

/**
 * Every text typed into a page passes here (the converter for all {@code String} values): invisible control
 * characters and broken surrogate halves are refused with a message, the same rule {@link Text} applies to
 * the API, so nothing unprintable reaches a record, a PDF or the public register.
 */
@FacesConverter(forClass = String.class)
public class TextConverter implements Converter<Object> {

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        String problem = Text.problem(value);
        if (problem != null) {
            Object label = component.getAttributes().get("label");
            String message = (label == null ? "The text " : label + ": the text ") + problem;
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
        return value;
    }

    /** Also asked for the options of a text-valued menu, which may be enums or numbers: their text as it is. */
    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        return value == null ? "" : value.toString();
    }
}
