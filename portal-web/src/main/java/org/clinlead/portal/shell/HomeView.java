package org.clinlead.portal.shell;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clinlead.portal.aims.AimSummary;
import org.clinlead.portal.aims.Strategy;
import org.clinlead.portal.appointments.QueueEntry;
import org.clinlead.portal.appointments.Recruitment;

/**
 * The home page: who you are, what your roles let you do, and the strategy's aims. Each role's work
 * queue joins this page as its capability is built.
 */
@Named
@RequestScoped
public class HomeView {

    @Inject
    private Strategy strategy;

    @Inject
    private Recruitment recruitment;

    @Inject
    private CurrentUser currentUser;

    private List<AimSummary> aims;
    private List<QueueEntry> approvals = List.of();
    private List<QueueEntry> panelWork;

    @PostConstruct
    void load() {
        aims = strategy.aims();
        if (currentUser.has("MEDICAL_DIRECTOR")) {
            approvals = recruitment.approvalQueue();
        }
        panelWork = recruitment.myPanelWork();
    }

    /** Recommendations waiting for a medical director, oldest first. */
    public List<QueueEntry> getApprovals() {
        return approvals;
    }

    /** Applications waiting for the caller's scores. */
    public List<QueueEntry> getPanelWork() {
        return panelWork;
    }

    public List<AimSummary> getAims() {
        return aims;
    }
}
