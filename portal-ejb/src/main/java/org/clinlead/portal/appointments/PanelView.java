package org.clinlead.portal.appointments;

import java.io.Serializable;

/** A member of an appointment panel. */
public record PanelView(long clinicianId, String name, String organisation, boolean chair) implements Serializable {

    static PanelView of(PanelMember m) {
        return new PanelView(m.getClinician().getId(), m.getClinician().getDisplayName(),
                m.getClinician().getOrganisation().getName(), m.isChair());
    }
}
