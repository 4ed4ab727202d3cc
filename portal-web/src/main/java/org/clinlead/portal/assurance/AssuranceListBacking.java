package org.clinlead.portal.assurance;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinlead.portal.shell.PagedList;

/** The assurance reviews the caller may see, paged in the database; {@code ?organisation=CODE} shows one's history. */
@Named
@ViewScoped
public class AssuranceListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssuranceReviews reviews;

    private PagedList<AssuranceReviewSummary> list;
    private String organisation;
    private String open = "";

    @PostConstruct
    void init() {
        list = new PagedList<>(reviews::search);
    }

    /** Applies the filters (also after the page parameters are read). */
    public void applyFilters() {
        list.filter("organisation", organisation == null || organisation.isBlank() ? null : organisation);
        list.filter("open", open == null || open.isBlank() ? null : open);
    }

    public PagedList<AssuranceReviewSummary> getList() {
        return list;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getOpen() {
        return open;
    }

    public void setOpen(String open) {
        this.open = open;
    }
}
