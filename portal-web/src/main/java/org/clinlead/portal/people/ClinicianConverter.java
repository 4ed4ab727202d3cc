package org.clinlead.portal.people;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.clinlead.portal.shared.RecordNotFoundException;

/** A clinician chosen in a form travels as their id. */
@FacesConverter(forClass = ClinicianSummary.class, managed = true)
public class ClinicianConverter implements Converter<ClinicianSummary> {

    @Inject
    private ClinicianRegister register;

    @Override
    public ClinicianSummary getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return register.find(Long.parseLong(value));
        } catch (NumberFormatException | RecordNotFoundException e) {
            throw new ConverterException(new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, "Choose a clinician from the suggestions.", null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ClinicianSummary value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
