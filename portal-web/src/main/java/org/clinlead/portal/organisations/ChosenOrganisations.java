package org.clinlead.portal.organisations;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Several organisations chosen one at a time in a form ({@code pt:organisations}): each one picked from the
 * suggestions joins the list, shown under the field with a button to take it off again. A plain list with buttons,
 * where PrimeFaces' own several-at-once field draws tokens that screen readers cannot name or reach.
 */
public class ChosenOrganisations implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<OrganisationSummary> chosen = new ArrayList<>();

    /** The field itself is always empty: what is picked joins the list. */
    public OrganisationSummary getPick() {
        return null;
    }

    public void setPick(OrganisationSummary picked) {
        add(picked);
    }

    public void add(OrganisationSummary organisation) {
        if (organisation != null && chosen.stream().noneMatch(o -> o.id() == organisation.id())) {
            chosen.add(organisation);
        }
    }

    public void remove(OrganisationSummary organisation) {
        chosen.removeIf(o -> o.id() == organisation.id());
    }

    public List<OrganisationSummary> getList() {
        return List.copyOf(chosen);
    }

    public List<Long> ids() {
        return OrganisationFinder.ids(chosen);
    }
}
