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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.organisations.OrganisationType;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * A contract between a commissioner (a primary care trust) and a provider (a trust) for one financial year,
 * with the share of its value at risk for CQUIN and the scheme of indicators that decides what is paid. The
 * scheme is agreed when both sides have signed it, and only once every indicator has the pathway's clinical
 * advice and the weights add up to 100 %; after that it is frozen.
 */
@Entity
@Table(name = "cquin_contract")
public class CquinContract {

    /** The organisations that provide services under a contract. */
    public static final Set<OrganisationType> PROVIDERS = OrganisationType.PROVIDERS;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 40, updatable = false)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commissioner_id", nullable = false, updatable = false)
    private Organisation commissioner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private Organisation provider;

    @Column(name = "start_year", nullable = false, updatable = false)
    private int startYear;

    @Column(name = "annual_value", nullable = false, precision = 14, scale = 2)
    private BigDecimal annualValue;

    @Column(name = "cquin_share", nullable = false, precision = 4, scale = 2)
    private BigDecimal cquinShare;

    @Enumerated(EnumType.STRING)
    @Column(name = "scheme_status", nullable = false, length = 20)
    private SchemeStatus status = SchemeStatus.DRAFT;

    @Column(name = "commissioner_signed_by", length = 200)
    private String commissionerSignedBy;

    @Column(name = "commissioner_signed_at")
    private Instant commissionerSignedAt;

    @Column(name = "provider_signed_by", length = 200)
    private String providerSignedBy;

    @Column(name = "provider_signed_at")
    private Instant providerSignedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @org.eclipse.persistence.annotations.BatchFetch(org.eclipse.persistence.annotations.BatchFetchType.IN)
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "cquin_contract_aim", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "aim_code", nullable = false, length = 1)
    private java.util.Set<String> aims = new java.util.TreeSet<>(java.util.Set.of("C"));

    /** What the scheme has earned at its latest accepted returns, kept whenever that changes (the region view sums it). */
    @Column(name = "earned_to_date", precision = 14, scale = 2)
    private BigDecimal earnedToDate;

    @Column(name = "reconciled_by", length = 200)
    private String reconciledBy;

    @Column(name = "reconciled_at")
    private Instant reconciledAt;

    @Column(precision = 14, scale = 2)
    private BigDecimal earned;

    @Column(name = "paid_on_account", precision = 14, scale = 2)
    private BigDecimal paidOnAccount;

    @Column(precision = 14, scale = 2)
    private BigDecimal balance;

    protected CquinContract() {
    }

    public CquinContract(String reference, Organisation commissioner, Organisation provider, FinancialYear year,
            BigDecimal annualValue, BigDecimal cquinShare, Instant now) {
        new Check().text(reference, "reference", "The contract reference", 40)
                .require(commissioner != null && commissioner.getType() == OrganisationType.PRIMARY_CARE_TRUST,
                        "commissionerId", "The commissioner is a primary care trust.")
                .require(provider != null && PROVIDERS.contains(provider.getType()), "providerId",
                        "The provider is a trust (acute, mental health or community) or another provider.")
                .require(year != null, "year", "Give the financial year the contract is for.")
                .require(annualValue != null && annualValue.signum() > 0, "annualValue",
                        "The contract's annual value is a sum in pounds above 0.")
                .decimal(annualValue, "annualValue", "The contract's annual value", 12, 2)
                .orThrow();
        this.reference = reference.strip();
        this.commissioner = commissioner;
        this.provider = provider;
        this.startYear = year.startYear();
        this.annualValue = annualValue;
        this.cquinShare = CquinShare.of(cquinShare);
        this.createdAt = now;
    }

    /** The strategy's aims it serves: always C (clinical advice in commissioning), and any others named. */
    public void serveAims(java.util.Collection<String> codes) {
        java.util.Set<String> wanted = CommissioningAims.of(codes);
        aims.clear();
        aims.addAll(wanted);
    }

    public java.util.Set<String> getAims() {
        return java.util.Collections.unmodifiableSet(aims);
    }

    public FinancialYear year() {
        return new FinancialYear(startYear);
    }

    /** The contract's value at risk for CQUIN, in pounds and pence. */
    public BigDecimal cquinValue() {
        return Reconciliation.cquinValue(annualValue, cquinShare);
    }

    /** Changes to the scheme are made while it is a draft; once agreed, through a variation both sides agree. */
    public void requireDraft() {
        if (status != SchemeStatus.DRAFT) {
            throw new RuleViolationException("The scheme is agreed and frozen; change it through a variation both sides "
                    + "agree.");
        }
    }

    /**
     * Why the scheme cannot be agreed yet, in the order to fix them; empty when it can. {@code advised}: the ids
     * of the indicators the pathway's senior clinical leads have advised on.
     */
    public List<String> agreementBlockers(List<QualityIndicator> indicators, Collection<Long> advised) {
        List<String> blockers = new ArrayList<>();
        if (status != SchemeStatus.DRAFT) {
            blockers.add("The scheme is already agreed.");
            return blockers;
        }
        if (indicators.isEmpty()) {
            blockers.add("The scheme has no indicators yet.");
            return blockers;
        }
        BigDecimal total = indicators.stream().map(QualityIndicator::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(new BigDecimal("100")) != 0) {
            blockers.add("The indicators' weights add up to " + total.stripTrailingZeros().toPlainString()
                    + " %; they must add up to exactly 100 %.");
        }
        List<String> unadvised = indicators.stream().filter(i -> !advised.contains(i.getId()))
                .map(QualityIndicator::getName).toList();
        if (!unadvised.isEmpty()) {
            blockers.add("Clinical advice is still awaited on: " + String.join("; ", unadvised) + ".");
        }
        return blockers;
    }

    /** The commissioner's signature; the scheme is agreed when the provider has signed too. */
    public void signForCommissioner(String by, List<QualityIndicator> indicators, Collection<Long> advised, Instant now) {
        requireAgreeable(indicators, advised);
        commissionerSignedBy = by;
        commissionerSignedAt = now;
        agreeIfBothSigned();
    }

    /** The provider quality lead's signature; the scheme is agreed when the commissioner has signed too. */
    public void signForProvider(String by, List<QualityIndicator> indicators, Collection<Long> advised, Instant now) {
        requireAgreeable(indicators, advised);
        providerSignedBy = by;
        providerSignedAt = now;
        agreeIfBothSigned();
    }

    private void requireAgreeable(List<QualityIndicator> indicators, Collection<Long> advised) {
        List<String> blockers = agreementBlockers(indicators, advised);
        if (!blockers.isEmpty()) {
            throw new RuleViolationException(blockers.get(0));
        }
    }

    /**
     * Closes the year with its statement: possible once the financial year has ended, for an agreed scheme, once.
     * The figures are kept as they were settled.
     */
    public void reconcile(Reconciliation.Statement statement, String by, java.time.LocalDate today, Instant now) {
        if (status != SchemeStatus.AGREED) {
            throw new RuleViolationException("Only an agreed scheme is reconciled.");
        }
        if (!today.isAfter(year().end())) {
            throw new RuleViolationException("The year " + year().label() + " ends on 31 March " + (startYear + 1)
                    + "; it is reconciled after that.");
        }
        if (reconciledAt != null) {
            throw new RuleViolationException("The year is already reconciled.");
        }
        this.earned = statement.earned();
        this.paidOnAccount = statement.paidOnAccount();
        this.balance = statement.balance();
        this.reconciledBy = by;
        this.reconciledAt = now;
    }

    private void agreeIfBothSigned() {
        if (commissionerSignedAt != null && providerSignedAt != null) {
            status = SchemeStatus.AGREED;
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getReference() {
        return reference;
    }

    public Organisation getCommissioner() {
        return commissioner;
    }

    public Organisation getProvider() {
        return provider;
    }

    public BigDecimal getAnnualValue() {
        return annualValue;
    }

    public BigDecimal getCquinShare() {
        return cquinShare;
    }

    public SchemeStatus getStatus() {
        return status;
    }

    public String getCommissionerSignedBy() {
        return commissionerSignedBy;
    }

    public Instant getCommissionerSignedAt() {
        return commissionerSignedAt;
    }

    public String getProviderSignedBy() {
        return providerSignedBy;
    }

    public Instant getProviderSignedAt() {
        return providerSignedAt;
    }

    /** Keeps what the statement says is earned now: after a return is accepted, a variation agreed, the year settled. */
    public void keepEarnedToDate(BigDecimal earned) {
        this.earnedToDate = earned;
    }

    public BigDecimal getEarnedToDate() {
        return earnedToDate == null ? BigDecimal.ZERO.setScale(2) : earnedToDate;
    }

    public String getReconciledBy() {
        return reconciledBy;
    }

    public Instant getReconciledAt() {
        return reconciledAt;
    }

    public BigDecimal getEarned() {
        return earned;
    }

    public BigDecimal getPaidOnAccount() {
        return paidOnAccount;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
