package org.clinlead.portal.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.clinlead.portal.shared.Check;

/** A date from which a measure's limits are recalculated, with the reason (a change was adopted, say). */
@Entity
@Table(name = "measure_rebase")
public class Rebase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id", nullable = false, updatable = false)
    private Measure measure;

    @Column(name = "from_date", nullable = false, updatable = false)
    private LocalDate fromDate;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 40, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Rebase() {
    }

    public Rebase(Measure measure, LocalDate fromDate, String reason, String recordedBy, Instant now) {
        new Check().require(fromDate != null, "fromDate", "Give the date the new limits start from.")
                .text(reason, "reason", "The reason for recalculating the limits", 1000).orThrow();
        this.measure = measure;
        this.fromDate = fromDate;
        this.reason = reason.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public String getReason() {
        return reason;
    }
}
