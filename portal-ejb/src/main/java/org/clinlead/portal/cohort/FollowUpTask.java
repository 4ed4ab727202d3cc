package org.clinlead.portal.cohort;

import java.io.Serializable;

/** An open follow-up round an alumnus is asked to answer, with their answer so far (null if none). */
public record FollowUpTask(RoundView round, long participantId, ResponseView answer) implements Serializable {
}
