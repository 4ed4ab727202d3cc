package org.clinlead.portal.appointments;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The Clinical Advisory Group roster page. */
@Named
@RequestScoped
public class AdvisoryGroupView {

    @Inject
    private LeadSeats seats;

    private AdvisoryGroup group;

    @PostConstruct
    void load() {
        group = seats.advisoryGroup();
    }

    public AdvisoryGroup getGroup() {
        return group;
    }
}
