package org.clinlead.portal.advice;

import java.time.LocalDate;
import java.util.List;

/**
 * A request for advice as asked for: the question and background, the pathway or the key programme whose leads are
 * asked (one of the two codes), the aims, the
 * organisations concerned (ids), what it is about ({@code subject} and the record's id), when and how urgently.
 */
public record AdviceDraft(String question, String background, String pathwayCode, String programmeCode, List<String> aims,
        List<Long> organisationIds, AdviceSubject subject, Long subjectId, LocalDate dueOn, Urgency urgency) {
}
