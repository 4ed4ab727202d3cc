package org.clinlead.portal.projects;

import java.io.Serializable;
import java.time.Instant;

/** A referral to a pathway board, with the proposed agenda item's meeting when there is one. */
public record ReferralView(long id, long projectId, String projectTitle, long boardId, String board, String note,
        Instant referredAt, Long meetingId) implements Serializable {

    static ReferralView of(Referral r) {
        return new ReferralView(r.getId(), r.getProject().getId(), r.getProject().getTitle(), r.getBoard().getId(),
                r.getBoard().getName(), r.getNote(), r.getReferredAt(),
                r.getAgendaItem() == null ? null : r.getAgendaItem().getMeeting().getId());
    }
}
