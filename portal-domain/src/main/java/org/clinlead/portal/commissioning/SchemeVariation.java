package org.clinlead.portal.commissioning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.RuleViolationException;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A change to an agreed (frozen) scheme: new thresholds or weights for some of its indicators, proposed by one
 * side with a reason and applied only when the other side agrees too. The values before and after are kept, so
 * each earlier version of the scheme stays readable. One variation is open at a time.
 */
@Entity
@Table(name = "cquin_variation")
public class SchemeVariation {

    /** Where a variation stands. */
    public enum Status {
        PROPOSED, AGREED
    }

    /** New thresholds and weight for one indicator (the direction stays the indicator's). */
    public record Wanted(BigDecimal minimum, BigDecimal maximum, BigDecimal weight) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false, updatable = false)
    private CquinContract contract;

    @Column(name = "variation_number", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, length = 2000, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PROPOSED;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_side", nullable = false, length = 20, updatable = false)
    private Side proposedSide;

    @Column(name = "proposed_by", nullable = false, length = 200, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "agreed_by", length = 200)
    private String agreedBy;

    @Column(name = "agreed_at")
    private Instant agreedAt;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cquin_variation_change", joinColumns = @JoinColumn(name = "variation_id"))
    private List<VariationChange> changes = new ArrayList<>();

    protected SchemeVariation() {
    }

    /**
     * Variation {@code number} of an agreed scheme whose indicators are {@code indicators}, changing those in
     * {@code wanted} (by id); the weights afterwards must still add up to 100 %.
     */
    public SchemeVariation(CquinContract contract, int number, List<QualityIndicator> indicators, Map<Long, Wanted> wanted,
            String reason, Side side, String by, Instant now) {
        if (contract.getStatus() != SchemeStatus.AGREED) {
            throw new RuleViolationException("The scheme is still a draft: change it directly; variations are for an "
                    + "agreed scheme.");
        }
        if (contract.getReconciledAt() != null) {
            throw new RuleViolationException("The year is reconciled; its scheme can no longer be varied.");
        }
        new Check().text(reason, "reason", "The reason for the variation", 2000)
                .require(wanted != null && !wanted.isEmpty(), "changes", "Say which indicators change, and how.")
                .require(side != null, "side", "Say which side proposes the variation.")
                .orThrow();
        Map<Long, QualityIndicator> byId = indicators.stream().collect(Collectors.toMap(QualityIndicator::getId, i -> i));
        for (Map.Entry<Long, Wanted> w : wanted.entrySet()) {
            QualityIndicator indicator = byId.get(w.getKey());
            if (indicator == null) {
                throw new InvalidInputException("changes", "Indicator " + w.getKey() + " is not in this scheme.");
            }
            Wanted v = w.getValue();
            Thresholds thresholds = new Thresholds(v.minimum(), v.maximum(), indicator.thresholds().improvement());
            new Check().require(v.weight() != null && v.weight().signum() > 0 && v.weight().compareTo(new BigDecimal("100")) <= 0,
                    "weight", "The weight is a share of the CQUIN value above 0 and at most 100 %.")
                    .decimal(v.weight(), "weight", "The weight", 3, 2).orThrow();
            changes.add(new VariationChange(indicator, thresholds, v.weight()));
        }
        List<BigDecimal> after = indicators.stream().map(i -> wanted.containsKey(i.getId()) ? wanted.get(i.getId()).weight()
                : i.getWeight()).toList();
        BigDecimal total = after.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(new BigDecimal("100")) != 0) {
            throw new RuleViolationException("After the variation the weights would add up to "
                    + total.stripTrailingZeros().toPlainString() + " %; they must add up to exactly 100 %.");
        }
        this.contract = contract;
        this.number = number;
        this.reason = reason.strip();
        this.proposedSide = side;
        this.proposedBy = by;
        this.proposedAt = now;
    }

    /** The other side's agreement: the changes are applied to the indicators. */
    public void agree(Side side, String by, List<QualityIndicator> indicators, Instant now) {
        if (status != Status.PROPOSED) {
            throw new RuleViolationException("Variation " + number + " is already agreed.");
        }
        if (side == proposedSide) {
            throw new RuleViolationException("The " + side.label().toLowerCase(java.util.Locale.ROOT) + " proposed this "
                    + "variation; the other side agrees it.");
        }
        Map<Long, QualityIndicator> byId = indicators.stream().collect(Collectors.toMap(QualityIndicator::getId, i -> i));
        for (VariationChange c : changes) {
            QualityIndicator indicator = byId.get(c.getIndicatorId());
            indicator.vary(new Thresholds(c.getNewMinimum(), c.getNewMaximum(), indicator.thresholds().improvement()),
                    c.getNewWeight());
        }
        this.status = Status.AGREED;
        this.agreedBy = by;
        this.agreedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public CquinContract getContract() {
        return contract;
    }

    public int getNumber() {
        return number;
    }

    public String getReason() {
        return reason;
    }

    public Status getStatus() {
        return status;
    }

    public Side getProposedSide() {
        return proposedSide;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getAgreedBy() {
        return agreedBy;
    }

    public Instant getAgreedAt() {
        return agreedAt;
    }

    public List<VariationChange> getChanges() {
        return List.copyOf(changes);
    }
}
