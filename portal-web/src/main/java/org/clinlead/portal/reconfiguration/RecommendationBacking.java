package org.clinlead.portal.reconfiguration;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinlead.portal.shared.InvalidInputException;

/** The chair's recommendation with its conditions (one per line), and whether a condition has been met. */
@Named
@ViewScoped
public class RecommendationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReconfigurationBacking page;

    @Inject
    private ClinicalReviews reviews;

    private Recommendation recommendation;
    private String rationale;
    private String conditions;
    private Long conditionId;
    private ConditionStatus status;
    private String note;

    public String recommend() {
        List<String> lines = conditions == null ? List.of() : conditions.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return page.act("recommend", () -> reviews.recommend(page.getId(), recommendation, rationale, lines, page.version()),
                "The panel's recommendation is recorded and the sponsor is told.");
    }

    public String settle() {
        return page.act("settle", () -> {
            ReconfigurationView.ConditionView c = page.getProposal().conditions().stream()
                    .filter(x -> conditionId != null && x.id() == conditionId).findFirst().orElse(null);
            if (c == null) {
                throw new InvalidInputException("conditionId", "Choose the condition.");
            }
            reviews.settleCondition(page.getId(), conditionId, status, note, c.version());
        }, "The condition is updated.");
    }

    public Recommendation[] getRecommendations() {
        return Recommendation.values();
    }

    public ConditionStatus[] getStatuses() {
        return ConditionStatus.values();
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(Recommendation recommendation) {
        this.recommendation = recommendation;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public Long getConditionId() {
        return conditionId;
    }

    public void setConditionId(Long conditionId) {
        this.conditionId = conditionId;
    }

    public ConditionStatus getStatus() {
        return status;
    }

    public void setStatus(ConditionStatus status) {
        this.status = status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
