package org.clinlead.portal.targets;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.projects.Assurance;
import org.clinlead.portal.projects.PointType;

/**
 * One organisation's series for one target as last read ({@link TargetReading}): its months, the latest figure,
 * whether it meets the standard, the assurance and variation icons, and whether it is an exception with the
 * reasons in words. Kept so that the exceptions list pages in the database; read again whenever figures of the
 * series are imported. Advice requests and board agenda items about an exception name the series.
 */
@Entity
@Table(name = "target_series")
public class TargetSeries {

    public static final int REASONS_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id", nullable = false, updatable = false)
    private OperatingTarget target;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "months_held", nullable = false)
    private int months;

    @Column(name = "latest_month")
    private LocalDate latestMonth;

    @Column(name = "latest_value", precision = 12, scale = 2)
    private BigDecimal latestValue;

    @Column(name = "latest_meets", nullable = false)
    private boolean latestMeets;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Assurance assurance;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private PointType variation;

    @Column(name = "exception_flag", nullable = false)
    private boolean exception;

    @Column(length = REASONS_MAX)
    private String reasons;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected TargetSeries() {
    }

    public TargetSeries(OperatingTarget target, Organisation organisation) {
        this.target = target;
        this.organisation = organisation;
    }

    /** Takes the latest reading of the series, {@code months} months long. */
    public void read(TargetReading reading, int months, Instant at) {
        this.months = months;
        this.latestMonth = reading.latestMonth();
        this.latestValue = reading.latest();
        this.latestMeets = reading.latestMeets();
        this.assurance = reading.assurance();
        this.variation = reading.variation();
        this.exception = reading.isException();
        String words = String.join("; ", reading.reasons());
        this.reasons = words.isEmpty() ? null : words.length() > REASONS_MAX ? words.substring(0, REASONS_MAX - 1) + "…" : words;
        this.readAt = at;
    }

    public Long getId() {
        return id;
    }

    public OperatingTarget getTarget() {
        return target;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public int getMonths() {
        return months;
    }

    public LocalDate getLatestMonth() {
        return latestMonth;
    }

    public BigDecimal getLatestValue() {
        return latestValue;
    }

    public boolean isLatestMeets() {
        return latestMeets;
    }

    public Assurance getAssurance() {
        return assurance;
    }

    public PointType getVariation() {
        return variation;
    }

    public boolean isException() {
        return exception;
    }

    public List<String> getReasons() {
        return reasons == null ? List.of() : List.of(reasons.split("; "));
    }

    public Instant getReadAt() {
        return readAt;
    }

    /** "MRSA bacteraemias at Northdale Acute Hospitals" */
    public String label() {
        return target.getName() + " at " + organisation.getName();
    }
}
