package org.clinlead.portal.reconfiguration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A proposal as a signed-in reader sees it, with what they may do now and why not. */
public record ReconfigurationView(long id, long version, String title, Party sponsor, String services,
        String summary, String options, String pathwayCode, String pathwayName, Set<String> aims,
        List<Party> affected, Stage stage, String stageLabel, List<StageDate> stages, String submitterName,
        List<PanelSeat> panel, List<ChecklistItem> items, int judged, String recommendation, String recommendationLabel,
        String rationale, List<ConditionView> conditions, String decision, LocalDate decidedOn, ProposalActions can,
        List<String> judgeBlockers, List<String> recommendBlockers, List<String> myInterests, String myHandling,
        List<PanelCandidate> candidates) {

    /** An organisation by id, code and name. */
    public record Party(long id, String code, String name) {
    }

    /** A stage and when it was reached (null: not yet). */
    public record StageDate(Stage stage, String label, Instant at) {
    }

    /** A member of the panel; {@code interests} are their live declared interests in the organisations concerned. */
    public record PanelSeat(long clinicianId, String name, String organisation, boolean chair, boolean external,
            List<String> interests, String declaredInterest, String handling) {
    }

    /** A checklist item with its evidence and judgement. */
    public record ChecklistItem(long id, long version, int position, String criterion, String evidence, Instant evidenceAt,
            List<DocumentView> documents, Judgement judgement, String judgementLabel, String comment, boolean internal,
            String judgedBy, Instant judgedAt) {
    }

    /** A document submitted as evidence. */
    public record DocumentView(long id, String fileName, String kind, long sizeBytes, String uploadedBy, Instant uploadedAt) {
    }

    /** A condition of the panel's support. */
    public record ConditionView(long id, long version, int position, String text, ConditionStatus status, String statusLabel,
            String note, Instant statusAt, String statusBy) {
    }

    /** A senior clinical lead in post who could sit on the panel (for whoever sets it). */
    public record PanelCandidate(long clinicianId, String name, String organisation, boolean external, List<String> interests,
            boolean onPanel, boolean chair) {
    }

    /** What the reader may do now. */
    public record ProposalActions(boolean setPanel, boolean addItem, boolean submitEvidence, boolean judge, boolean stateInterest,
            boolean stepDown, boolean recommend, boolean settleConditions, boolean recordDecision, boolean close,
            boolean askAdvice) {
    }
}
