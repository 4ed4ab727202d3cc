package org.clinlead.portal.advice;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinlead.portal.shared.EvidenceUpload;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shell.EvidenceUploads;
import org.clinlead.portal.shell.Feedback;
import org.primefaces.model.file.UploadedFile;

/**
 * A request for advice and the step the caller may take on it now: accept, assign, state a declared interest,
 * answer (with evidence), record what happened, or withdraw. Each step sends the version the page was loaded with,
 * so a step someone else took meanwhile is reported, not overwritten.
 */
@Named
@ViewScoped
public class AdviceRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdviceRequests requests;

    @Inject
    private AdviceAnswers answers;

    private Long id;
    private AdviceRequestView request;
    private Long assignTo;
    private String handling;
    private String advice;
    private String recommendation;
    private AdviceOutcome outcome;
    private String reason;
    private transient UploadedFile file;

    public void load() {
        request = requests.request(id);
    }

    private long version() {
        return request.summary().version();
    }

    private String act(String form, Runnable action, String done) {
        return Feedback.attempt(form, action, done, "/advice/request?faces-redirect=true&id=" + id);
    }

    public String accept() {
        return act("accept", () -> answers.accept(id, version()), "You have taken the request on. The requester is told.");
    }

    public String assign() {
        return act("assign", () -> answers.assign(id, assignTo, version()), "The request is assigned; they are told.");
    }

    public String stateInterest() {
        return act("conflict", () -> answers.stateInterest(id, handling, version()),
                "Your declared interest and how it is managed are recorded with the request.");
    }

    public String answer() {
        return act("answer", () -> {
            if (advice == null || advice.isBlank()) {
                throw new InvalidInputException("advice", "The advice is required.");
            }
            EvidenceUpload upload = EvidenceUploads.of(file);
            if (upload != null) {
                answers.addEvidence(id, upload);
            }
            answers.respond(id, advice, recommendation, version());
        }, "Your advice is sent to the requester.");
    }

    public String recordOutcome() {
        return act("outcome", () -> answers.recordOutcome(id, outcome, reason, version()), "What happened is recorded.");
    }

    public String withdraw() {
        return act("withdraw", () -> requests.withdraw(id, version()), "The request is withdrawn.");
    }

    public AdviceOutcome[] getOutcomes() {
        return AdviceOutcome.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AdviceRequestView getRequest() {
        return request;
    }

    public Long getAssignTo() {
        return assignTo;
    }

    public void setAssignTo(Long assignTo) {
        this.assignTo = assignTo;
    }

    public String getHandling() {
        return handling;
    }

    public void setHandling(String handling) {
        this.handling = handling;
    }

    public String getAdvice() {
        return advice;
    }

    public void setAdvice(String advice) {
        this.advice = advice;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(String recommendation) {
        this.recommendation = recommendation;
    }

    public AdviceOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AdviceOutcome outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
