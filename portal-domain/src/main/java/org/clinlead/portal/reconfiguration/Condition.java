package org.clinlead.portal.reconfiguration;

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
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;

/** A condition of the panel's support, tracked until it is met or not met. */
@Entity
@Table(name = "reconfiguration_condition")
public class Condition {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reconfiguration_id", nullable = false, updatable = false)
    private Reconfiguration reconfiguration;

    @Column(nullable = false)
    private int position;

    @Column(name = "condition_text", nullable = false, length = TEXT_MAX, updatable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "condition_status", nullable = false, length = 20)
    private ConditionStatus status = ConditionStatus.OPEN;

    @Column(name = "status_note", length = TEXT_MAX)
    private String note;

    @Column(name = "status_at")
    private Instant statusAt;

    @Column(name = "status_by", length = 200)
    private String statusBy;

    protected Condition() {
    }

    Condition(Reconfiguration reconfiguration, int position, String text) {
        this.reconfiguration = reconfiguration;
        this.position = position;
        this.text = text.strip();
    }

    /** Whether the condition was met (with a note of how it was shown, or why not). */
    public void settle(ConditionStatus status, String note, String by, Instant now) {
        if (reconfiguration.getStage().ordinal() < Stage.RECOMMENDATION.ordinal()) {
            throw new RuleViolationException("Conditions are tracked once the panel has made its recommendation.");
        }
        new Check().require(status != null, "status", "Say whether the condition is open, met or not met.")
                .require(status == null || status == ConditionStatus.OPEN || Check.clean(note) != null, "note",
                        "Say how the condition was shown to be met, or why it was not.")
                .optionalText(note, "note", "The note", TEXT_MAX).orThrow();
        this.status = status;
        this.note = Check.clean(note);
        this.statusAt = now;
        this.statusBy = by;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Reconfiguration getReconfiguration() {
        return reconfiguration;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public ConditionStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public Instant getStatusAt() {
        return statusAt;
    }

    public String getStatusBy() {
        return statusBy;
    }
}
