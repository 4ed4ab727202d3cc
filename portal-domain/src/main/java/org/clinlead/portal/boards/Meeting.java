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
import java.util.ArrayList;
import java.util.List;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;
import org.clinlead.portal.shared.UkTime;
import org.clinlead.portal.shared.WorkingDays;

/**
 * A board meeting: when and where (a place, a video link, or both), the pack deadline (five working days
 * before by default) and when the pack was published. Its version guards the agenda's order.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

    /** Packs are published this many working days before the meeting unless the secretary sets otherwise. */
    public static final int PACK_NOTICE = 5;

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

    /** How many times its time or place changed or it was cancelled: calendars update an invitation by it. */
    @Column(name = "calendar_sequence", nullable = false)
    private int sequence;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    protected Meeting() {
    }

    /** Schedules a meeting in the future; without a deadline, the pack is due five working days before. */
    public static Meeting schedule(Board board, Instant startsAt, Instant endsAt, String place, String videoLink,
            LocalDate packDeadline, Instant now) {
        checkTimeAndPlace(startsAt, endsAt, place, videoLink, now);
        LocalDate day = startsAt.atZone(UkTime.ZONE).toLocalDate();
        LocalDate deadline = packDeadline != null ? packDeadline : WorkingDays.before(day, PACK_NOTICE);
        new Check().require(!deadline.isAfter(day), "packDeadline", "The pack deadline cannot be after the meeting.").orThrow();
        Meeting m = new Meeting();
        m.board = board;
        m.packDeadline = deadline;
        m.setTimeAndPlace(startsAt, endsAt, place, videoLink);
        return m;
    }

    private static void checkTimeAndPlace(Instant startsAt, Instant endsAt, String place, String videoLink, Instant now) {
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
    }

    private void setTimeAndPlace(Instant newStart, Instant newEnd, String newPlace, String newVideoLink) {
        startsAt = newStart;
        endsAt = newEnd != null ? newEnd : newStart.plusSeconds(2 * 3600);
        place = Check.clean(newPlace);
        videoLink = Check.clean(newVideoLink);
    }

    /** Why the meeting cannot be moved or cancelled now; empty when it can. */
    public List<String> changeBlockers(Instant now) {
        List<String> blockers = new ArrayList<>();
        if (isCancelled()) {
            blockers.add("The meeting is cancelled.");
        } else if (hasStarted(now)) {
            blockers.add("The meeting has started; it can no longer be moved or cancelled.");
        }
        return blockers;
    }

    /**
     * A new time or place before the meeting. Until the pack is published its deadline follows the meeting (five
     * working days before); a deadline that would fall after the new day moves to it.
     *
     * @return whether anything changed (members are told and their calendars updated only then)
     */
    public boolean move(Instant newStart, Instant newEnd, String newPlace, String newVideoLink, Instant now) {
        requireChangeable(now);
        checkTimeAndPlace(newStart, newEnd, newPlace, newVideoLink, now);
        Instant end = newEnd != null ? newEnd : newStart.plusSeconds(2 * 3600);
        if (newStart.equals(startsAt) && end.equals(endsAt) && java.util.Objects.equals(Check.clean(newPlace), place)
                && java.util.Objects.equals(Check.clean(newVideoLink), videoLink)) {
            return false;
        }
        LocalDate day = newStart.atZone(UkTime.ZONE).toLocalDate();
        if (!isPublished()) {
            packDeadline = WorkingDays.before(day, PACK_NOTICE);
        } else if (packDeadline.isAfter(day)) {
            packDeadline = day;
        }
        setTimeAndPlace(newStart, newEnd, newPlace, newVideoLink);
        sequence++;
        return true;
    }

    /** Calls the meeting off, with the reason members will read; its record stays, marked cancelled. */
    public void cancel(String reason, Instant now) {
        requireChangeable(now);
        new Check().text(reason, "reason", "The reason for cancelling", 500).orThrow();
        cancelledAt = now;
        cancelReason = reason.strip();
        sequence++;
    }

    private void requireChangeable(Instant now) {
        List<String> blockers = changeBlockers(now);
        if (!blockers.isEmpty()) {
            throw new RuleViolationException(blockers.get(0));
        }
    }

    /**
     * Why the pack cannot be published now, in the order a secretary would want to hear it; empty when it can.
     * The pack goes out once: papers added after it are marked late rather than published again.
     */
    public List<String> publishBlockers(int agendaItems, Instant now) {
        List<String> blockers = new ArrayList<>();
        if (isPublished()) {
            blockers.add("The pack was already published on " + packPublishedAt + "; papers added since are marked late.");
        }
        if (agendaItems == 0) {
            blockers.add("The agenda is empty; add items and papers before publishing the pack.");
        }
        if (hasStarted(now)) {
            blockers.add("The meeting has started; its pack can no longer be published.");
        }
        if (isCancelled()) {
            blockers.add("The meeting is cancelled.");
        }
        return blockers;
    }

    /** Publishes the pack: members can then see the papers; later uploads are marked late. */
    public void publish(String by, int agendaItems, Instant now) {
        List<String> blockers = publishBlockers(agendaItems, now);
        if (!blockers.isEmpty()) {
            throw new RuleViolationException(blockers.get(0));
        }
        packPublishedAt = now;
        packPublishedBy = by;
    }

    /** The agenda (its items and their order) changes only before the meeting starts. */
    public void requireAgendaOpen(Instant now) {
        if (isCancelled()) {
            throw new RuleViolationException("The meeting is cancelled; its agenda can no longer change.");
        }
        if (hasStarted(now)) {
            throw new RuleViolationException("The meeting has started; its agenda can no longer change.");
        }
    }

    /** The record of a meeting (attendance, decisions, minutes) is kept at or after it. */
    public void requireStarted(Instant now) {
        if (isCancelled()) {
            throw new RuleViolationException("The meeting was cancelled; it has no record to keep.");
        }
        if (!hasStarted(now)) {
            throw new RuleViolationException("The meeting has not started yet; its record is kept at or after the meeting.");
        }
    }

    /** Papers are added and replaced only before the meeting starts ({@code what}: "added" or "change"). */
    void requireOpenForPapers(Instant now, String what) {
        if (isCancelled()) {
            throw new RuleViolationException("The meeting is cancelled; papers can no longer " + what + ".");
        }
        if (hasStarted(now)) {
            throw new RuleViolationException("The meeting has started; papers can no longer " + what + ".");
        }
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
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
                || at.atZone(UkTime.ZONE).toLocalDate().isAfter(packDeadline);
    }

    /** Whether the pack went out late (after its deadline). */
    public boolean isPackLate() {
        return packPublishedAt != null && packPublishedAt.atZone(UkTime.ZONE).toLocalDate().isAfter(packDeadline);
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
