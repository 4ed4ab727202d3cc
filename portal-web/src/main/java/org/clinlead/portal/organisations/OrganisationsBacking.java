package org.clinlead.portal.organisations;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinlead.portal.shell.PagedList;

/** The organisation directory: a lazy table, filtered and sorted in the database. */
@Named
@ViewScoped
public class OrganisationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationDirectory directory;

    private PagedList<OrganisationSummary> organisations;

    @PostConstruct
    void init() {
        organisations = new PagedList<>(directory::search);
    }

    public PagedList<OrganisationSummary> getOrganisations() {
        return organisations;
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }
}
