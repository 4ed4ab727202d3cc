package org.clinlead.portal.assurance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An assurance review as a signed-in reader sees it, with what they may do now and why not. */
public record AssuranceReviewView(AssuranceReviewSummary summary, long version, Set<String> aims, List<String> pathways,
        PlanFile plan, String openedBy, Instant openedAt, String conclusion, Instant concludedAt, List<AssuranceSeat> panel,
        List<AssuranceCriterionView> criteria, List<RecommendationView> recommendations, AssuranceActions can,
        List<String> rateBlockers, List<String> concludeBlockers, List<String> myInterests, List<AssuranceCandidate> candidates,
        List<OwnerChoice> owners) {

    /** The plan as attached. */
    public record PlanFile(String fileName, long sizeBytes, Instant uploadedAt) {
    }

    /** A panel member with their live declared interests in the organisation reviewed and their statement. */
    public record AssuranceSeat(long clinicianId, String name, String organisation, boolean chair, List<String> interests,
            String declaredInterest, String handling, int rated) {
    }

    /** A criterion with the panel's rating (the middle one) and each member's. */
    public record AssuranceCriterionView(long id, long version, int position, String name, Rag panelRating, List<RatingView> ratings,
            Rag myRating, String myComment) {
    }

    /** One member's rating. */
    public record RatingView(String memberName, Rag rag, String comment, Instant ratedAt) {
    }

    /** A recommendation, its owner, due date and progress. */
    public record RecommendationView(long id, long version, int position, String text, String owner, String ownerName,
            LocalDate dueOn, RecommendationStatus status, String statusLabel, String note, boolean overdue) {
    }

    /** A senior clinical lead in post who could sit on the panel. */
    public record AssuranceCandidate(long clinicianId, String name, String organisation, List<String> interests,
            boolean onPanel, boolean chair) {
    }

    /** An account that can own a recommendation. */
    public record OwnerChoice(String username, String displayName) {
    }

    /** What the reader may do now. */
    public record AssuranceActions(boolean setPanel, boolean attachPlan, boolean addCriterion, boolean rate,
            boolean stateInterest, boolean stepDown, boolean conclude, boolean updateRecommendations) {
    }
}
