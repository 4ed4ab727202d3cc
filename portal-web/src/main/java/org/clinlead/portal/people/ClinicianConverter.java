package org.clinlead.portal.people;

import jakarta.faces.convert.FacesConverter;
import org.clinlead.portal.shell.IdConverter;

/** A clinician chosen in a form travels as their id. */
@FacesConverter(forClass = ClinicianSummary.class)
public class ClinicianConverter extends IdConverter<ClinicianSummary, ClinicianRegister> {

    public ClinicianConverter() {
        super(ClinicianRegister.class, ClinicianRegister::find, ClinicianSummary::id, "Choose a clinician from the suggestions.");
    }
}
