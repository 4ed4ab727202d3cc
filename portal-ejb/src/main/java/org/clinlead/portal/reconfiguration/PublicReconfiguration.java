package org.clinlead.portal.reconfiguration;

import java.time.LocalDate;
import java.util.List;

/**
 * A proposal as the public log shows it: the case for change, its stage and dates, the panel, the judgements with
 * the comments not marked internal, the recommendation, its conditions and the decision — never documents, internal
 * comments or statements of interest.
 */
public record PublicReconfiguration(long id, String title, String sponsorName, String services, String summary,
        String pathwayName, List<String> affected, String stageLabel, List<Stage> stagesDone, LocalDate submittedOn,
        LocalDate reviewStartedOn, LocalDate recommendedOn, LocalDate decidedOn, LocalDate closedOn, List<String> panel,
        String chair, List<PublicJudgement> judgements, String recommendation, String rationale, List<PublicCondition> conditions,
        String decision) {

    /** A checklist item's judgement; the comment is null when the panel marked it internal. */
    public record PublicJudgement(String criterion, String judgement, String comment) {
    }

    /** A condition of the panel's support and whether it has been met. */
    public record PublicCondition(String text, String status) {
    }
}
