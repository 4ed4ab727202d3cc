package org.clinlead.portal.organisations;

import jakarta.faces.convert.FacesConverter;
import org.clinlead.portal.shell.IdConverter;

/** An organisation chosen in a form travels as its id. */
@FacesConverter(forClass = OrganisationSummary.class)
public class OrganisationConverter extends IdConverter<OrganisationSummary, OrganisationDirectory> {

    public OrganisationConverter() {
        super(OrganisationDirectory.class, OrganisationDirectory::find, OrganisationSummary::id,
                "Choose the organisation from the suggestions that appear as you type its name or code.");
    }
}
