package org.clinlead.portal.boards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;

/** A meeting's minutes: drafted by the secretary, approved at a later meeting, then published. */
@Entity
@Table(name = "meeting_minutes")
public class MeetingMinutes {

    public static final int BODY_MAX = 8000;

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Version
    private long version;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MinutesStatus status;

    @Column(name = "drafted_by", nullable = false, length = 40)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approved_at_meeting")
    private Meeting approvedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected MeetingMinutes() {
    }

    public MeetingMinutes(Meeting meeting, String body, String by, Instant now) {
        this.meeting = meeting;
        this.status = MinutesStatus.DRAFT;
        redraft(body, by, now);
    }

    public final void redraft(String body, String by, Instant now) {
        if (status != MinutesStatus.DRAFT) {
            throw new RuleViolationException("These minutes are " + status.label().toLowerCase(java.util.Locale.ROOT)
                    + "; they can no longer be changed.");
        }
        new Check().text(body, "body", "The minutes", BODY_MAX).orThrow();
        this.body = body.strip();
        this.draftedBy = by;
        this.draftedAt = now;
    }

    /**
     * Approved by a decision of a later meeting of the same board: {@code item} is that meeting's agenda item
     * for the minutes, a decision item recorded as agreed (with or without amendments).
     */
    public void approveAt(AgendaItem item) {
        if (status != MinutesStatus.DRAFT) {
            throw new RuleViolationException("These minutes are already " + status.label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        Meeting later = item.getMeeting();
        boolean sameBoard = later.getBoard() == meeting.getBoard() || later.getBoard().getId() != null
                && later.getBoard().getId().equals(meeting.getBoard().getId());
        if (!sameBoard || !later.getStartsAt().isAfter(meeting.getStartsAt())) {
            throw new RuleViolationException("Minutes are approved at a later meeting of the same board.");
        }
        if (item.getPurpose() != Purpose.DECISION || item.getOutcome() != ItemOutcome.AGREED
                && item.getOutcome() != ItemOutcome.AGREED_WITH_AMENDMENTS) {
            throw new RuleViolationException("Record the approval as a decision first: the item \"" + item.getTitle()
                    + "\" must be a decision item recorded as agreed.");
        }
        this.status = MinutesStatus.APPROVED;
        this.approvedAt = later;
    }

    public void publish(Instant now) {
        if (status != MinutesStatus.APPROVED) {
            throw new RuleViolationException("Only approved minutes are published.");
        }
        this.status = MinutesStatus.PUBLISHED;
        this.publishedAt = now;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public long getVersion() {
        return version;
    }

    public String getBody() {
        return body;
    }

    public MinutesStatus getStatus() {
        return status;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public Meeting getApprovedAt() {
        return approvedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
