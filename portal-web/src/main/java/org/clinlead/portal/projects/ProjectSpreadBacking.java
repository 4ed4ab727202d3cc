package org.clinlead.portal.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.clinlead.portal.organisations.OrganisationFinder;
import org.clinlead.portal.organisations.OrganisationSummary;

/**
 * Spreading the change: adoptions by other organisations, and putting the project forward to its
 * pathway's board.
 */
@Named
@ViewScoped
public class ProjectSpreadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectBacking project;

    @Inject
    private ProjectSpread projectSpread;

    private OrganisationSummary adopter;

    private LocalDate adoptedOn = LocalDate.now();

    private String referralNote;

    public OrganisationSummary getAdopter() {
        return adopter;
    }

    public void setAdopter(OrganisationSummary adopter) {
        this.adopter = adopter;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public void setAdoptedOn(LocalDate adoptedOn) {
        this.adoptedOn = adoptedOn;
    }

    public String getReferralNote() {
        return referralNote;
    }

    public void setReferralNote(String referralNote) {
        this.referralNote = referralNote;
    }

    public String adopt() {
        return project.act("adoption", () -> projectSpread.adopt(project.getId(),
                OrganisationFinder.id(adopter), adoptedOn),
                "The adoption is recorded.");
    }

    public String refer() {
        return project.act("referral", () -> projectSpread.refer(project.getId(), referralNote),
                "Put forward to the pathway board.");
    }
}
