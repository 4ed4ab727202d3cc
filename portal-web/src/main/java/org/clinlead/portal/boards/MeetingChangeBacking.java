package org.clinlead.portal.boards;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.clinlead.portal.shared.UkTime;

/** The secretary's forms on the meeting page to move the meeting or call it off; members' invitations follow. */
@Named
@ViewScoped
public class MeetingChangeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingBacking meeting;

    @Inject
    private MeetingChanges changes;

    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private String videoLink;
    private String reason;
    private boolean filled;

    /** The form starts from the meeting as it stands. */
    private void fill() {
        if (!filled && meeting.getPage() != null) {
            MeetingSummary m = meeting.getPage().meeting();
            startsAt = LocalDateTime.ofInstant(m.startsAt(), UkTime.ZONE);
            endsAt = LocalDateTime.ofInstant(m.endsAt(), UkTime.ZONE);
            place = m.place();
            videoLink = m.videoLink();
            filled = true;
        }
    }

    public String move() {
        long version = meeting.getPage().meeting().version();
        return meeting.act("move", () -> changes.move(meeting.getId(), new MeetingDraft(startsAt, endsAt, place, videoLink, null),
                version), "The meeting is moved; its members are told and their calendar invitations updated.");
    }

    public String cancel() {
        long version = meeting.getPage().meeting().version();
        return meeting.act("cancel", () -> changes.cancel(meeting.getId(), reason, version),
                "The meeting is cancelled; its members are told and the invitations withdrawn from their calendars.");
    }

    public LocalDateTime getStartsAt() {
        fill();
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.filled = true;
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        fill();
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.filled = true;
        this.endsAt = endsAt;
    }

    public String getPlace() {
        fill();
        return place;
    }

    public void setPlace(String place) {
        this.filled = true;
        this.place = place;
    }

    public String getVideoLink() {
        fill();
        return videoLink;
    }

    public void setVideoLink(String videoLink) {
        this.filled = true;
        this.videoLink = videoLink;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
