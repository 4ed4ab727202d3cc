package org.clinlead.portal.cohort;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A follow-up answer as the programme manager (and the alumnus) sees it. */
public record ResponseView(long id, long version, long roundId, int year, long participantId, String name,
        String presentRole, String leadershipRoles, boolean inRegion, Sustained projectsSustained, String sustainedLabel,
        int furtherProjects, int patientsAffected, int hoursSaved, BigDecimal moneySaved, Instant respondedAt)
        implements Serializable {

    static ResponseView of(FollowUpResponse r) {
        return new ResponseView(r.getId(), r.getVersion(), r.getRound().getId(), r.getRound().getYear(),
                r.getParticipant().getId(), r.getParticipant().getClinician().getDisplayName(), r.getPresentRole(),
                r.getLeadershipRoles(), r.isInRegion(), r.getProjectsSustained(), r.getProjectsSustained().label(),
                r.getFurtherProjects(), r.getPatientsAffected(), r.getHoursSaved(), r.getMoneySaved(), r.getRespondedAt());
    }
}
