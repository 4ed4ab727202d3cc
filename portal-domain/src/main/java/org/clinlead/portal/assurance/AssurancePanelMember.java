package org.clinlead.portal.assurance;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.clinlead.portal.interests.PanelSeat;
import org.clinlead.portal.people.Clinician;

/** A senior clinical lead on an assurance review's clinical panel (see {@link PanelSeat}). */
@Entity
@Table(name = "assurance_panel_member")
public class AssurancePanelMember extends PanelSeat {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id", nullable = false, updatable = false)
    private AssuranceReview review;

    protected AssurancePanelMember() {
    }

    AssurancePanelMember(AssuranceReview review, Clinician clinician) {
        super(clinician);
        this.review = review;
    }
}
