package org.clinlead.portal.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import org.clinlead.portal.shared.RecordNotFoundException;

/**
 * A record chosen in a form (an organisation, a clinician) travels as its id and comes back as the record; an id that
 * is not a number or names no record is refused with the words given, never as an error page. The service is looked up
 * in CDI at each use: Faces makes converters with "new", so an injected field stayed empty (adding a colleague to a
 * project's team failed with a 500 until this).
 */
public abstract class IdConverter<T, B> implements Converter<T> {

    private final Class<B> boundary;
    private final java.util.function.BiFunction<B, Long, T> find;
    private final java.util.function.ToLongFunction<T> idOf;
    private final String refusal;

    /**
     * @param boundary the service that finds the record (looked up when needed: Faces makes converters itself)
     * @param find     the record with this id; {@link RecordNotFoundException} when there is none
     */
    protected IdConverter(Class<B> boundary, java.util.function.BiFunction<B, Long, T> find,
            java.util.function.ToLongFunction<T> idOf, String refusal) {
        this.boundary = boundary;
        this.find = find;
        this.idOf = idOf;
        this.refusal = refusal;
    }

    @Override
    public T getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return find.apply(jakarta.enterprise.inject.spi.CDI.current().select(boundary).get(), Long.parseLong(value.strip()));
        } catch (NumberFormatException | RecordNotFoundException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal, null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, T value) {
        return value == null ? "" : String.valueOf(idOf.applyAsLong(value));
    }
}
