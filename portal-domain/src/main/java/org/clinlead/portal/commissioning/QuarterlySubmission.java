package org.clinlead.portal.commissioning;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * A provider's return for one indicator and one quarter of an agreed scheme: the figures, a narrative, and
 * (elsewhere) evidence files. The commissioner accepts it, queries it (the provider answers and resubmits) or
 * rejects it with a reason; only an accepted return earns. A return made after the deadline (20 working days
 * after the quarter) is marked late for good, whatever happens to it next.
 */
@Entity
@Table(name = "cquin_submission")
public class QuarterlySubmission {

    public static final int NARRATIVE_MAX = 2000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false, updatable = false)
    private QualityIndicator indicator;

    @Column(name = "quarter_number", nullable = false, updatable = false)
    private int quarter;

    @Column(precision = 14, scale = 4)
    private BigDecimal numerator;

    @Column(precision = 14, scale = 4)
    private BigDecimal denominator;

    @Column(name = "measured_value", precision = 14, scale = 4)
    private BigDecimal value;

    @Column(nullable = false, length = NARRATIVE_MAX)
    private String narrative;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SubmissionStatus status = SubmissionStatus.SUBMITTED;

    @Column(nullable = false)
    private boolean late;

    @Column(name = "submitted_by", nullable = false, length = 200)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "assessed_by", length = 200)
    private String assessedBy;

    @Column(name = "assessed_at")
    private Instant assessedAt;

    @Column(name = "rejection_reason", length = NARRATIVE_MAX)
    private String rejectionReason;

    @Column(name = "assessor_interest", length = 2000)
    private String assessorInterest;

    @Column(name = "assessor_handling", length = 1000)
    private String assessorHandling;

    protected QuarterlySubmission() {
    }

    /** The first return for the quarter, made on {@code today} (which decides whether it is late). */
    public QuarterlySubmission(QualityIndicator indicator, int quarter, Measurement measurement, String narrative,
            String by, LocalDate today, Instant now) {
        CquinContract contract = indicator.getContract();
        if (contract.getStatus() != SchemeStatus.AGREED) {
            throw new RuleViolationException("The scheme is not agreed yet; returns are made against an agreed scheme.");
        }
        FinancialYear.Quarter q = contract.year().quarter(quarter);
        if (!q.hasEnded(today)) {
            throw new org.clinlead.portal.shared.InvalidInputException("quarter", q.label() + " ends on "
                    + q.end().format(DAY) + "; its return can be made from the day after.");
        }
        this.indicator = indicator;
        this.quarter = quarter;
        record(measurement, narrative);
        this.late = q.isLate(today);
        this.submittedBy = by;
        this.submittedAt = now;
    }

    private void record(Measurement measurement, String narrative) {
        new Check().require(measurement != null, indicator.isProportion() ? "numerator" : "value",
                        indicator.isProportion() ? "Give the numerator and the denominator." : "Give the value.")
                .text(narrative, "narrative", "The narrative (what the figures show)", NARRATIVE_MAX)
                .orThrow();
        new Check().require(indicator.isProportion() == (measurement.value() == null),
                indicator.isProportion() ? "numerator" : "value", indicator.isProportion()
                        ? "This indicator is a proportion: give a numerator and a denominator, not a single value."
                        : "This indicator is a single value in " + indicator.getUnit() + ": give the value, not a "
                                + "numerator and denominator.").orThrow();
        this.numerator = measurement.numerator();
        this.denominator = measurement.denominator();
        this.value = measurement.value();
        this.narrative = narrative.strip();
    }

    /** The provider's corrected figures: while the return is awaiting assessment, or in answer to a query. */
    public void resubmit(Measurement measurement, String narrative, String by, Instant now) {
        if (status != SubmissionStatus.SUBMITTED && status != SubmissionStatus.QUERIED) {
            throw new RuleViolationException("This return has been " + status.label().toLowerCase(Locale.ROOT)
                    + "; it can no longer be changed.");
        }
        record(measurement, narrative);
        this.status = SubmissionStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = now;
    }

    private void requireAwaiting(String what) {
        if (status != SubmissionStatus.SUBMITTED) {
            throw new RuleViolationException(status == SubmissionStatus.QUERIED
                    ? "This return is queried; it can be " + what + " once the provider has answered and resubmitted."
                    : "This return has already been " + status.label().toLowerCase(Locale.ROOT) + ".");
        }
    }

    /**
     * The assessor's live interests in the provider ({@code interests}, in words; empty for none): with any, how
     * they are managed must be stated before the return is assessed, and both are kept with the assessment.
     */
    public void assessorInterests(java.util.List<String> interests, String handling) {
        if (!interests.isEmpty() && Check.clean(handling) == null) {
            throw new RuleViolationException("You have a declared interest in "
                    + indicator.getContract().getProvider().getName() + " (" + String.join("; ", interests)
                    + "). State how it is managed before you assess this return.");
        }
        new Check().optionalText(handling, "handling", "How the interest is managed", 1000).orThrow();
        this.assessorInterest = interests.isEmpty() ? null : String.join("; ", interests);
        this.assessorHandling = interests.isEmpty() ? null : Check.clean(handling);
    }

    public void accept(String by, Instant now) {
        requireAwaiting("accepted");
        assess(SubmissionStatus.ACCEPTED, by, now);
    }

    /** The commissioner's question goes on the thread ({@link SubmissionMessage}); the return waits for an answer. */
    public void query(String by, Instant now) {
        requireAwaiting("queried");
        assess(SubmissionStatus.QUERIED, by, now);
    }

    public void reject(String by, String reason, Instant now) {
        requireAwaiting("rejected");
        new Check().text(reason, "reason", "The reason for rejecting it", NARRATIVE_MAX).orThrow();
        this.rejectionReason = reason.strip();
        assess(SubmissionStatus.REJECTED, by, now);
    }

    private void assess(SubmissionStatus outcome, String by, Instant now) {
        this.status = outcome;
        this.assessedBy = by;
        this.assessedAt = now;
    }

    public Measurement measurement() {
        return new Measurement(numerator, denominator, value);
    }

    /** What the thresholds are compared with: the per cent of a proportion, or the value. */
    public BigDecimal result() {
        return measurement().result();
    }

    /**
     * The quarter's achievement (0 to 1) once accepted, against the quarter's milestone (or the year-end
     * thresholds); nothing before that, nor for a quarter reported only.
     */
    public BigDecimal achievement() {
        return status == SubmissionStatus.ACCEPTED ? indicator.thresholdsFor(quarter).map(t -> t.achievement(result()))
                .orElse(null) : null;
    }

    /**
     * An indicator's year-end achievement: its latest accepted return (normally Q4, the year's final position)
     * judged against the year-end thresholds, whatever that quarter's milestone; 0 when none was accepted.
     * {@code returns} are one indicator's.
     */
    public static BigDecimal yearEnd(java.util.Collection<QuarterlySubmission> returns) {
        return returns.stream().filter(r -> r.status == SubmissionStatus.ACCEPTED)
                .max(java.util.Comparator.comparingInt(QuarterlySubmission::getQuarter))
                .map(r -> r.indicator.thresholds().achievement(r.result()))
                .orElse(BigDecimal.ZERO.setScale(Thresholds.ACHIEVEMENT_SCALE));
    }

    public FinancialYear.Quarter period() {
        return indicator.getContract().year().quarter(quarter);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public QualityIndicator getIndicator() {
        return indicator;
    }

    public int getQuarter() {
        return quarter;
    }

    public BigDecimal getNumerator() {
        return numerator;
    }

    public BigDecimal getDenominator() {
        return denominator;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getNarrative() {
        return narrative;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public boolean isLate() {
        return late;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }

    public String getAssessorInterest() {
        return assessorInterest;
    }

    public String getAssessorHandling() {
        return assessorHandling;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }
}
