package org.clinlead.portal.advice;

import java.time.Instant;
import java.util.List;

/**
 * A request for advice in full, with what the caller may do now ({@link Can}) and, for a lead who may answer, their
 * live declared interests in the organisations concerned. {@code subjectKey} says where the subject's page is: a
 * practice indicator's code, a CQUIN indicator's contract id, a board item's meeting id.
 */
public record AdviceRequestView(AdviceSummary summary, String background, List<String> aims, List<Organisation> organisations,
        Instant acceptedAt, String declaredInterest, String interestHandling, String advice, String recommendation,
        Instant answeredAt, String outcomeLabel, String outcomeReason, Instant outcomeAt, List<Evidence> evidence,
        List<String> myInterests, List<Responder> responders, Allowed can, String subjectKey) {

    /** An organisation concerned. */
    public record Organisation(long id, String code, String name) {
    }

    /** A file attached to the advice. */
    public record Evidence(long id, String fileName, String kind, long sizeBytes, String uploadedBy, Instant uploadedAt) {
    }

    /** Someone the request can be assigned to: a lead in post (Clinical Advisory Group), on the pathway first. */
    public record Responder(long clinicianId, String name, boolean onPathway) {
    }

    /** What the caller may do now. */
    public record Allowed(boolean accept, boolean assign, boolean stateInterest, boolean answer, boolean recordOutcome,
            boolean withdraw) {
    }
}
