package org.clinlead.portal.reconfiguration;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.clinlead.portal.interests.PanelSeat;
import org.clinlead.portal.people.Clinician;

/** A senior clinical lead on a proposal's clinical review panel (see {@link PanelSeat}). */
@Entity
@Table(name = "reconfiguration_panel_member")
public class ReviewPanelMember extends PanelSeat {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reconfiguration_id", nullable = false, updatable = false)
    private Reconfiguration reconfiguration;

    protected ReviewPanelMember() {
    }

    ReviewPanelMember(Reconfiguration reconfiguration, Clinician clinician) {
        super(clinician);
        this.reconfiguration = reconfiguration;
    }
}
