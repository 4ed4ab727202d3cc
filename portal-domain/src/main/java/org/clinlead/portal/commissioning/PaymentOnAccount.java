package org.clinlead.portal.commissioning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A quarter's payment on account to the provider: the plan's share (100 % by default) of a quarter of the
 * CQUIN value, in pence ({@link Reconciliation#onAccount}). One per quarter; settled at year end.
 */
@Entity
@Table(name = "cquin_payment")
public class PaymentOnAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false, updatable = false)
    private CquinContract contract;

    @Column(name = "quarter_number", nullable = false, updatable = false)
    private int quarter;

    @Column(name = "plan_percent", nullable = false, precision = 5, scale = 2, updatable = false)
    private BigDecimal planPercent;

    @Column(nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "recorded_by", nullable = false, length = 200, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected PaymentOnAccount() {
    }

    /** The payment for {@code quarter} of an agreed scheme, at {@code planPercent} (null: 100 %). */
    public PaymentOnAccount(CquinContract contract, int quarter, BigDecimal planPercent, String by, Instant now) {
        if (contract.getStatus() != SchemeStatus.AGREED) {
            throw new org.clinlead.portal.shared.RuleViolationException("Payments on account are made under an agreed "
                    + "scheme; this one is still a draft.");
        }
        if (contract.getReconciledAt() != null) {
            throw new org.clinlead.portal.shared.RuleViolationException("The year is reconciled; no more payments on "
                    + "account are made under it.");
        }
        contract.year().quarter(quarter);
        this.contract = contract;
        this.quarter = quarter;
        this.planPercent = planPercent == null ? new BigDecimal("100.00") : planPercent;
        this.amount = Reconciliation.onAccount(contract.cquinValue(), this.planPercent);
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public Long getId() {
        return id;
    }

    public CquinContract getContract() {
        return contract;
    }

    public int getQuarter() {
        return quarter;
    }

    public BigDecimal getPlanPercent() {
        return planPercent;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
