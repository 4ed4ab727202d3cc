package org.clinlead.portal.organisations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Suggestions for every organisation field: the open organisations whose name holds what was typed, or whose code it
 * is — a handful from the database, where a list of every organisation would be thousands of options at national scale.
 */
@Named
@RequestScoped
public class OrganisationFinder {

    @Inject
    private OrganisationDirectory organisations;

    public List<OrganisationSummary> complete(String typed) {
        return organisations.matching(typed);
    }

    /** Suggestions among the organisations a quality contract can be with (NHS trusts, a medical school). */
    public List<OrganisationSummary> providers(String typed) {
        return organisations.matching(typed, OrganisationType.PROVIDERS);
    }

    /** Suggestions among the primary care trusts, which commission. */
    public List<OrganisationSummary> commissioners(String typed) {
        return organisations.matching(typed, OrganisationType.COMMISSIONERS);
    }

    /** The chosen organisation's id, or null when none is chosen (the service then says one is needed). */
    public static Long id(OrganisationSummary chosen) {
        return chosen == null ? null : chosen.id();
    }

    /** The chosen organisations' ids, in the order they were chosen. */
    public static List<Long> ids(List<OrganisationSummary> chosen) {
        return chosen == null ? List.of() : chosen.stream().map(OrganisationSummary::id).toList();
    }
}
