package org.clinlead.portal.boards;

import java.io.Serializable;
import java.time.Instant;

/** A board: name, pathway or programme, terms of reference, quorum rule, and its next meeting. */
public record BoardSummary(long id, long version, String name, String area, String termsOfReference, int quorumMin,
        boolean quorumNeedsLead, Long nextMeetingId, Instant nextMeetingAt, String pathwayCode) implements Serializable {

    static BoardSummary of(Board b, Meeting next) {
        return new BoardSummary(b.getId(), b.getVersion(), b.getName(),
                b.getPathway() != null ? b.getPathway().getName() : b.getProgramme().getName(), b.getTermsOfReference(),
                b.getQuorumMin(), b.isQuorumNeedsLead(), next == null ? null : next.getId(),
                next == null ? null : next.getStartsAt(), b.getPathway() == null ? null : b.getPathway().getCode());
    }
}
