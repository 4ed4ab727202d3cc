package org.clinlead.portal.people;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinlead.portal.shell.PagedList;

/** The clinician directory: a lazy table, filtered and sorted in the database. */
@Named
@ViewScoped
public class CliniciansBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClinicianRegister register;

    private PagedList<ClinicianSummary> clinicians;

    @PostConstruct
    void init() {
        clinicians = new PagedList<>(register::search);
    }

    public PagedList<ClinicianSummary> getClinicians() {
        return clinicians;
    }

    public Profession[] getProfessions() {
        return Profession.values();
    }
}
