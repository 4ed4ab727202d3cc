package org.clinlead.portal.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

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

    @Inject
    private org.clinlead.portal.organisations.OrganisationDirectory organisations;

    private Long adopterId;

    private LocalDate adoptedOn = LocalDate.now();

    private String referralNote;

    private List<org.clinlead.portal.organisations.OrganisationSummary> organisationChoices;

    public Long getAdopterId() {
        return adopterId;
    }

    public void setAdopterId(Long adopterId) {
        this.adopterId = adopterId;
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

    public List<org.clinlead.portal.organisations.OrganisationSummary> getOrganisationChoices() {
        if (organisationChoices == null) {
            organisationChoices = organisations.choices();
        }
        return organisationChoices;
    }

    public String adopt() {
        return project.act("adoption", () -> projectSpread.adopt(project.getId(), adopterId, adoptedOn),
                "The adoption is recorded.");
    }

    public String refer() {
        return project.act("referral", () -> projectSpread.refer(project.getId(), referralNote),
                "Put forward to the pathway board.");
    }
}
