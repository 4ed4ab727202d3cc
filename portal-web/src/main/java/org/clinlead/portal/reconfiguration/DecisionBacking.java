package org.clinlead.portal.reconfiguration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** The sponsor's decision after the recommendation, and the review's closure. */
@Named
@ViewScoped
public class DecisionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReconfigurationBacking page;

    @Inject
    private Reconfigurations reconfigurations;

    private String decision;
    private LocalDate decidedOn;

    public String decide() {
        return page.act("decision", () -> reconfigurations.recordDecision(page.getId(), decision, decidedOn, page.version()),
                "The decision is recorded and shown in the public log.");
    }

    public String close() {
        return page.act("closeReview", () -> reconfigurations.close(page.getId(), page.version()), "The review is closed.");
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }
}
