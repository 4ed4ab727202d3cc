package org.clinlead.portal.advice;

import java.time.LocalDate;
import java.util.List;

/**
 * A request for advice as asked for: the question and background, the pathway whose leads are asked, the aims, the
 * organisations concerned (ids), what it is about ({@code subject} and the record's id), when and how urgently.
 */
public record AdviceDraft(String question, String background, String pathwayCode, List<String> aims,
        List<Long> organisationIds, AdviceSubject subject, Long subjectId, LocalDate dueOn, Urgency urgency) {
}
