package org.clinlead.portal.reconfiguration;

import java.time.LocalDate;
import java.util.Set;
import org.clinlead.portal.shared.UkTime;

/** A proposal in a list. */
public record ReconfigurationSummary(long id, String title, String sponsorCode, String sponsorName, String pathwayCode,
        String pathwayName, Stage stage, String stageLabel, LocalDate submittedOn, LocalDate changedOn,
        String recommendation, Set<String> aims) {

    static ReconfigurationSummary of(Reconfiguration r) {
        return new ReconfigurationSummary(r.getId(), r.getTitle(), r.getSponsor().getNationalCode(), r.getSponsor().getName(),
                r.getPathway() == null ? null : r.getPathway().getCode(), r.getPathway() == null ? null : r.getPathway().getName(),
                r.getStage(), r.getStage().label(), r.getSubmittedAt().atZone(UkTime.ZONE).toLocalDate(),
                r.getChangedAt().atZone(UkTime.ZONE).toLocalDate(),
                r.getRecommendation() == null ? null : r.getRecommendation().label(), Set.copyOf(r.getAims()));
    }
}
