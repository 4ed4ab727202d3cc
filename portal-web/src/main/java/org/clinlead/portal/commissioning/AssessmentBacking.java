package org.clinlead.portal.commissioning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinlead.portal.shared.InvalidInputException;

/** The commissioner's assessment of a return: accept, query (a question) or reject (a reason). */
@Named
@ViewScoped
public class AssessmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractBacking contract;

    @Inject
    private Assessments assessments;

    private Long returnId;
    private Outcome outcome;
    private String text;
    private String handling;

    public String assess() {
        return contract.act("assessment", () -> {
            ReturnView r = contract.getAwaitingAssessment().stream().filter(v -> returnId != null && v.id() == returnId)
                    .findFirst().orElseThrow(() -> new InvalidInputException("returnId", "Choose a return awaiting assessment."));
            assessments.assess(r.id(), r.version(), outcome, text, handling);
        }, "The assessment is recorded and the provider is told.");
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    public String label(Outcome o) {
        return switch (o) {
            case ACCEPT -> "Accept";
            case QUERY -> "Query (ask a question)";
            case REJECT -> "Reject (give the reason)";
        };
    }

    public Long getReturnId() {
        return returnId;
    }

    public void setReturnId(Long returnId) {
        this.returnId = returnId;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getHandling() {
        return handling;
    }

    public void setHandling(String handling) {
        this.handling = handling;
    }
}
