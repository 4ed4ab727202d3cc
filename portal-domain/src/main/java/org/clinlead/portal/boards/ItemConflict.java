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

/** How a member's conflict on an item was handled at the meeting, as the secretary minuted it. */
@Entity
@Table(name = "item_conflict")
public class ItemConflict {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private AgendaItem item;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinician_id", nullable = false, updatable = false)
    private Clinician member;

    @Column(nullable = false, length = 1000)
    private String interest;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Handling handling;

    @Column(name = "handling_reason", length = 1000)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ItemConflict() {
    }

    public ItemConflict(AgendaItem item, Clinician member, String interest) {
        this.item = item;
        this.member = member;
        this.interest = interest.length() > 1000 ? interest.substring(0, 1000) : interest;
    }

    /** Records the handling; the chair allowing participation needs a reason. */
    public void handle(Handling handling, String reason, String by, Instant now) {
        new Check().require(handling != null, "handling", "Say how the conflict was handled.")
                .require(handling != Handling.CHAIR_ALLOWED || Check.clean(reason) != null, "reason",
                        "Give the chair's reason for allowing the member to take part.")
                .optionalText(reason, "reason", "The reason", 1000)
                .orThrow();
        this.handling = handling;
        this.reason = Check.clean(reason);
        this.recordedBy = by;
        this.recordedAt = now;
    }

    /** Whether the member took part in the item (counts for its quorum). */
    public boolean tookPart() {
        return handling == Handling.CHAIR_ALLOWED;
    }

    public Long getId() {
        return id;
    }

    public AgendaItem getItem() {
        return item;
    }

    public Clinician getMember() {
        return member;
    }

    public String getInterest() {
        return interest;
    }

    public Handling getHandling() {
        return handling;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
