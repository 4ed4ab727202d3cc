package org.clinlead.portal.boards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * A board meeting: when and where (a place, a video link, or both), the pack deadline (five working days
 * before by default) and when the pack was published. Its version guards the agenda's order.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    public static final ZoneId UK = org.clinlead.portal.shared.UkTime.ZONE;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "board_id", nullable = false, updatable = false)
    private Board board;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = 300)
    private String place;

    @Column(name = "video_link", length = 500)
    private String videoLink;

    @Column(name = "pack_deadline", nullable = false)
    private LocalDate packDeadline;

    @Column(name = "pack_published_at")
    private Instant packPublishedAt;

    @Column(name = "pack_published_by", length = 40)
    private String packPublishedBy;

    protected Meeting() {
    }

    /** Schedules a meeting in the future; without a deadline, the pack is due five working days before. */
    public static Meeting schedule(Board board, Instant startsAt, Instant endsAt, String place, String videoLink,
            LocalDate packDeadline, Instant now) {
        new Check().require(startsAt != null, "startsAt", "Give the date and time the meeting starts.")
                .require(startsAt == null || startsAt.isAfter(now), "startsAt", "The meeting must be in the future.")
                .require(endsAt == null || startsAt == null || endsAt.isAfter(startsAt), "endsAt",
                        "The meeting must end after it starts.")
                .require(Check.clean(place) != null || Check.clean(videoLink) != null, "place",
                        "Give a place, a video link, or both.")
                .require(videoLink == null || videoLink.isBlank() || videoLink.strip().startsWith("https://"), "videoLink",
                        "The video link must start with https://.")
                .optionalText(place, "place", "The place", 300)
                .optionalText(videoLink, "videoLink", "The video link", 500)
                .orThrow();
        LocalDate day = startsAt.atZone(UK).toLocalDate();
        LocalDate deadline = packDeadline != null ? packDeadline : WorkingDays.before(day, WorkingDays.PACK_NOTICE);
        new Check().require(!deadline.isAfter(day), "packDeadline", "The pack deadline cannot be after the meeting.").orThrow();
        Meeting m = new Meeting();
        m.board = board;
        m.startsAt = startsAt;
        m.endsAt = endsAt != null ? endsAt : startsAt.plusSeconds(2 * 3600);
        m.place = Check.clean(place);
        m.videoLink = Check.clean(videoLink);
        m.packDeadline = deadline;
        return m;
    }

    /** Publishes the pack: members can then see the papers; later uploads are marked late. */
    public void publish(String by, Instant now) {
        if (hasStarted(now)) {
            throw new RuleViolationException("The meeting has started; its pack can no longer be published.");
        }
        if (packPublishedAt == null) {
            packPublishedAt = now;
            packPublishedBy = by;
        }
    }

    public boolean isPublished() {
        return packPublishedAt != null;
    }

    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    /** Whether a paper uploaded at {@code at} is late: after the pack was published, or after the deadline. */
    public boolean isLate(Instant at) {
        return packPublishedAt != null && at.isAfter(packPublishedAt)
                || at.atZone(UK).toLocalDate().isAfter(packDeadline);
    }

    /** Whether the pack went out late (after its deadline). */
    public boolean isPackLate() {
        return packPublishedAt != null && packPublishedAt.atZone(UK).toLocalDate().isAfter(packDeadline);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Board getBoard() {
        return board;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public LocalDate getPackDeadline() {
        return packDeadline;
    }

    public Instant getPackPublishedAt() {
        return packPublishedAt;
    }

    public String getPackPublishedBy() {
        return packPublishedBy;
    }
}
