package org.clinlead.portal.boards;

import java.io.Serializable;
import java.time.LocalDate;

/** An action in the log: what, whose, due when, and its status today. */
public record ActionView(long id, long version, long boardId, String boardName, long itemId, String itemTitle,
        long meetingId, String description, long ownerId, String ownerName, LocalDate dueDate, LocalDate doneOn,
        ActionStatus status, String statusLabel) implements Serializable {

    static ActionView of(BoardAction a, LocalDate today) {
        ActionStatus status = a.statusOn(today);
        return new ActionView(a.getId(), a.getVersion(), a.getBoard().getId(), a.getBoard().getName(), a.getItem().getId(),
                a.getItem().getTitle(), a.getItem().getMeeting().getId(), a.getDescription(), a.getOwner().getId(),
                a.getOwner().getDisplayName(), a.getDueDate(), a.getDoneOn(), status, status.label());
    }
}
