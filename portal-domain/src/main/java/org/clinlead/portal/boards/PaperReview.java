package org.clinlead.portal.boards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;

/** A member's review of a paper: a position and a comment, changeable until the meeting starts. */
@Entity
@Table(name = "paper_review")
public class PaperReview {

    public static final int COMMENT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "paper_id", nullable = false, updatable = false)
    private Paper paper;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinician_id", nullable = false, updatable = false)
    private Clinician reviewer;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_position", nullable = false, length = 30)
    private ReviewPosition position;

    @Column(name = "review_comment", length = COMMENT_MAX)
    private String comment;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PaperReview() {
    }

    public PaperReview(Paper paper, Clinician reviewer) {
        this.paper = paper;
        this.reviewer = reviewer;
    }

    /** Sets the position and comment; a comment is needed for anything but plain support. */
    public void review(ReviewPosition position, String comment, Instant now) {
        if (paper.getItem().getMeeting().hasStarted(now)) {
            throw new RuleViolationException("The meeting has started, so reviews are closed; raise it at the meeting.");
        }
        new Check().require(position != null, "position",
                        "Choose your position: support, support with comments, concerns, or cannot support.")
                .require(position == null || position == ReviewPosition.SUPPORT || Check.clean(comment) != null, "comment",
                        "Say what your comments or concerns are.")
                .optionalText(comment, "comment", "The comment", COMMENT_MAX)
                .orThrow();
        this.position = position;
        this.comment = Check.clean(comment);
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Paper getPaper() {
        return paper;
    }

    public Clinician getReviewer() {
        return reviewer;
    }

    public ReviewPosition getPosition() {
        return position;
    }

    public String getComment() {
        return comment;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
