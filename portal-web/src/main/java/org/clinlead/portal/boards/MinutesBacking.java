package org.clinlead.portal.boards;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clinlead.portal.shared.InvalidInputException;

/**
 * The minutes form: a draft (first written from the meeting record), its approval at a later meeting,
 * and publication.
 */
@Named
@ViewScoped
public class MinutesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingBacking meeting;

    @Inject
    private Minutes minutes;

    private String minutesBody;

    private Long approvedAtId;

    /** The saved minutes, or for the secretary after the meeting a first draft written from its record. */
    public String getMinutesBody() {
        if (minutesBody == null) {
            MeetingPage page = meeting.getPage();
            minutesBody = page.minutes();
            if (minutesBody == null && page.canManage() && page.meeting().started()) {
                minutesBody = minutes.draftFromRecord(meeting.getId());
            }
        }
        return minutesBody;
    }

    public void setMinutesBody(String minutesBody) {
        this.minutesBody = minutesBody;
    }

    public Long getApprovedAtId() {
        return approvedAtId;
    }

    public void setApprovedAtId(Long approvedAtId) {
        this.approvedAtId = approvedAtId;
    }

    public String saveMinutes() {
        return meeting.act("minutes", () -> minutes.draftMinutes(meeting.getId(), minutesBody),
                "The draft minutes are saved.");
    }

    public String approveMinutes() {
        return meeting.act("minutes", () -> {
            if (approvedAtId == null) {
                throw new InvalidInputException("approvedAt", "Choose the decision that approved the minutes.");
            }
            minutes.approveMinutes(meeting.getId(), approvedAtId);
        }, "The minutes are recorded as approved.");
    }

    public String publishMinutes() {
        return meeting.act("minutes", () -> minutes.publishMinutes(meeting.getId()),
                "The minutes are published; public items appear on the "
                + "public minutes page.");
    }
}
