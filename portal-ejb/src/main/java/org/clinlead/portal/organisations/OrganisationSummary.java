package org.clinlead.portal.organisations;

import java.io.Serializable;

/** An organisation as the views and the API show it. */
public record OrganisationSummary(long id, long version, String name, OrganisationType type, String typeLabel,
        String nationalCode, boolean active) implements Serializable {

    /** As a person picks it from a list: the name, and the code that tells two alike names apart. */
    public String label() {
        return name + " (" + nationalCode + ")";
    }

    static OrganisationSummary of(Organisation o) {
        return new OrganisationSummary(o.getId(), o.getVersion(), o.getName(), o.getType(), o.getType().label(),
                o.getNationalCode(), o.isActive());
    }
}
