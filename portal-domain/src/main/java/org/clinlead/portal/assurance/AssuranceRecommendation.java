package org.clinlead.portal.assurance;

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
import java.time.LocalDate;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;

/** A recommendation of a concluded review: what is to be done, by whom (an account), by when; tracked to completion. */
@Entity
@Table(name = "assurance_recommendation")
public class AssuranceRecommendation {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id", nullable = false, updatable = false)
    private AssuranceReview review;

    @Column(nullable = false)
    private int position;

    @Column(name = "recommendation_text", nullable = false, length = TEXT_MAX, updatable = false)
    private String text;

    @Column(name = "owner_username", nullable = false, length = 100)
    private String owner;

    @Column(name = "owner_name", nullable = false, length = 200)
    private String ownerName;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "recommendation_status", nullable = false, length = 20)
    private RecommendationStatus status = RecommendationStatus.OPEN;

    @Column(name = "status_note", length = TEXT_MAX)
    private String note;

    @Column(name = "status_at")
    private Instant statusAt;

    @Column(name = "reminded_overdue", nullable = false)
    private boolean remindedOverdue;

    protected AssuranceRecommendation() {
    }

    /** What the chair writes for one recommendation. */
    public record Draft(String text, String owner, LocalDate dueOn) {
    }

    AssuranceRecommendation(AssuranceReview review, int position, Draft d, String ownerName) {
        this.review = review;
        this.position = position;
        this.text = d.text().strip();
        this.owner = d.owner().strip();
        this.ownerName = ownerName;
        this.dueOn = d.dueOn();
    }

    /** Progress on the recommendation: a note says what was done (required to complete it). */
    public void update(RecommendationStatus status, String note, Instant now) {
        if (this.status == RecommendationStatus.COMPLETED) {
            throw new RuleViolationException("This recommendation is already completed.");
        }
        new Check().require(status != null, "status", "Say whether the recommendation is open, in progress or completed.")
                .require(status != RecommendationStatus.COMPLETED || Check.clean(note) != null, "note",
                        "Say what was done to complete the recommendation.")
                .optionalText(note, "note", "The note", TEXT_MAX).orThrow();
        this.status = status;
        this.note = Check.clean(note);
        this.statusAt = now;
    }

    /** Past its due date and not completed. */
    public boolean isOverdue(LocalDate today) {
        return status != RecommendationStatus.COMPLETED && today.isAfter(dueOn);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public AssuranceReview getReview() {
        return review;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public String getOwner() {
        return owner;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public RecommendationStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public Instant getStatusAt() {
        return statusAt;
    }

    public boolean isRemindedOverdue() {
        return remindedOverdue;
    }
}
