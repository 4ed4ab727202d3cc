package org.clinlead.portal.appointments;

import java.io.Serializable;
import java.util.List;
import org.clinlead.portal.interests.DeclarationSummary;

/**
 * Everything about one application in one place — what the approval screen shows: the seat and its
 * area's current holders, the candidate and statement, the criteria and the panel's scores and comments,
 * the candidate's declarations, every conflict flag with its handling, and what still blocks approval.
 * The candidate (even a medical director) sees their own application only ({@code restricted}): no scores, conflicts or declarations.
 * The {@code can*} flags say what the caller may do now.
 */
public record ApplicationFile(ApplicationSummary application, VacancySummary vacancy, List<AppointmentSummary> holders,
        List<ScoreView> scores, List<DeclarationSummary> candidateDeclarations, boolean declarationCurrent,
        List<ConflictView> conflicts, List<String> blockers, boolean restricted, boolean canScore,
        boolean canRecommend, boolean canShortlist, boolean canDecide, List<String> myUnmanagedConflicts) implements Serializable {

    /** The score {@code assessorId} gave for {@code criterionId}, or null. */
    public ScoreView score(long assessorId, long criterionId) {
        return scores.stream().filter(s -> s.assessorId() == assessorId && s.criterionId() == criterionId).findFirst()
                .orElse(null);
    }

    /** The total of all scores, and the most it could be with a full panel. */
    public int total() {
        return scores.stream().mapToInt(ScoreView::points).sum();
    }

    public int maximum() {
        return vacancy.panel().size() * vacancy.criteria().size() * Score.MAX;
    }
}
