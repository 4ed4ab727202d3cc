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
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.shared.Check;

/**
 * One indicator of a contract's CQUIN scheme: what is measured and why, its quality domain and pathway, a
 * proportion (numerator over denominator) or a single value with a unit, which way is better, the thresholds
 * between which it earns, and its weight in the scheme.
 */
@Entity
@Table(name = "cquin_indicator")
public class QualityIndicator {

    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false, updatable = false)
    private CquinContract contract;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = TEXT_MAX)
    private String rationale;

    @Enumerated(EnumType.STRING)
    @Column(name = "quality_domain", nullable = false, length = 20)
    private QualityDomain domain;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pathway_code")
    private Pathway pathway;

    @Column(nullable = false)
    private boolean proportion;

    @Column(name = "numerator_definition", length = 500)
    private String numeratorDefinition;

    @Column(name = "denominator_definition", length = 500)
    private String denominatorDefinition;

    @org.eclipse.persistence.annotations.BatchFetch(org.eclipse.persistence.annotations.BatchFetchType.IN)
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "cquin_indicator_aim", joinColumns = @JoinColumn(name = "indicator_id"))
    @Column(name = "aim_code", nullable = false, length = 1)
    private java.util.Set<String> aims = new java.util.TreeSet<>(java.util.Set.of("C"));

    /** The aims as one column the database checks is not empty (see {@link org.clinlead.portal.shared.AimCodes#joined}). */
    @Column(name = "aim_codes", nullable = false, length = 5)
    private String aimCodes = "C";

    @Column(length = 40)
    private String unit;

    @Column(name = "profile_indicator_code", length = 20, updatable = false)
    private String profileIndicatorCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Improvement improvement;

    @Column(name = "minimum_value", nullable = false, precision = 14, scale = 4)
    private BigDecimal minimum;

    @Column(name = "maximum_value", nullable = false, precision = 14, scale = 4)
    private BigDecimal maximum;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal weight;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @org.eclipse.persistence.annotations.BatchFetch(org.eclipse.persistence.annotations.BatchFetchType.IN)
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "cquin_milestone", joinColumns = @JoinColumn(name = "indicator_id"))
    @jakarta.persistence.OrderBy("quarter")
    private java.util.List<Milestone> milestones = new java.util.ArrayList<>();

    protected QualityIndicator() {
    }

    /** A new indicator on a scheme still in draft; a proportion is measured in per cent, a value in its unit. */
    /** What a proportion counts: above the line (numerator) and below it (denominator). */
    public record Definitions(String numerator, String denominator) {
    }

    /**
     * A new indicator on a scheme still in draft: a proportion when {@code definitions} say what it counts (in per
     * cent), otherwise a single value in {@code unit}.
     */
    public QualityIndicator(CquinContract contract, String name, String rationale, QualityDomain domain, Pathway pathway,
            Definitions definitions, String unit, Thresholds thresholds, BigDecimal weight, Instant now) {
        boolean proportion = definitions != null;
        contract.requireDraft();
        new Check().text(name, "name", "The indicator's name", 200)
                .text(rationale, "rationale", "Why it matters (the rationale)", TEXT_MAX)
                .require(domain != null, "domain", "Choose the quality domain: safety, effectiveness, experience or innovation.")
                .require(pathway != null, "pathwayCode", "Choose the pathway whose senior clinical leads advise on it.")
                .require(proportion || Check.clean(unit) != null, "unit", "Give the unit of the value (for example days).")
                .optionalText(unit, "unit", "The unit", 40)
                .require(!proportion || Check.clean(definitions.numerator()) != null, "numeratorDefinition",
                        "Say what the numerator counts (above the line).")
                .require(!proportion || Check.clean(definitions.denominator()) != null, "denominatorDefinition",
                        "Say what the denominator counts (below the line).")
                .optionalText(proportion ? definitions.numerator() : null, "numeratorDefinition", "The numerator's definition", 500)
                .optionalText(proportion ? definitions.denominator() : null, "denominatorDefinition",
                        "The denominator's definition", 500)
                .require(thresholds != null, "minimum", "Give the minimum and maximum thresholds.")
                .require(weight != null && weight.signum() > 0 && weight.compareTo(new BigDecimal("100")) <= 0, "weight",
                        "The weight is a share of the CQUIN value above 0 and at most 100 %.")
                .decimal(weight, "weight", "The weight", 3, 2)
                .orThrow();
        this.contract = contract;
        this.name = name.strip();
        this.rationale = rationale.strip();
        this.domain = domain;
        this.pathway = pathway;
        this.proportion = proportion;
        this.numeratorDefinition = proportion ? Check.clean(definitions.numerator()) : null;
        this.denominatorDefinition = proportion ? Check.clean(definitions.denominator()) : null;
        this.unit = proportion ? "%" : Check.clean(unit);
        this.improvement = thresholds.improvement();
        this.minimum = thresholds.minimum();
        this.maximum = thresholds.maximum();
        this.weight = weight;
        this.createdAt = now;
    }

    /** The strategy's aims it serves: always C (clinical advice in commissioning), and any others named. */
    public void serveAims(java.util.Collection<String> codes) {
        java.util.Set<String> wanted = CommissioningAims.of(codes);
        aims.clear();
        aims.addAll(wanted);
        aimCodes = org.clinlead.portal.shared.AimCodes.joined(aims);
    }

    /** Records that the indicator was proposed from a practice-profile indicator (its code), kept for the link back. */
    public void basedOnProfile(String code) {
        String c = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
        new Check().require(c == null || c.matches("[A-Z0-9][A-Z0-9_-]{1,19}"), "profileIndicatorCode",
                "A practice-profile indicator's code is 2 to 20 capital letters, digits, - or _.").orThrow();
        this.profileIndicatorCode = c;
    }

    public String getProfileIndicatorCode() {
        return profileIndicatorCode;
    }

    public java.util.Set<String> getAims() {
        return java.util.Collections.unmodifiableSet(aims);
    }

    public String getNumeratorDefinition() {
        return numeratorDefinition;
    }

    public String getDenominatorDefinition() {
        return denominatorDefinition;
    }

    /** The year-end thresholds: what the indicator earns on at the reconciliation. */
    public Thresholds thresholds() {
        return new Thresholds(minimum, maximum, improvement);
    }

    /** New year-end thresholds and weight under an agreed variation ({@link SchemeVariation#agree}); nothing else changes them. */
    void vary(Thresholds thresholds, BigDecimal newWeight) {
        this.minimum = thresholds.minimum();
        this.maximum = thresholds.maximum();
        this.weight = newWeight;
    }

    /**
     * Sets the milestones of quarters 1 to 3 (while the scheme is a draft): each quarter at most once, each
     * milestone's thresholds the same way round as the indicator's.
     */
    public void milestones(java.util.List<Milestone> wanted) {
        contract.requireDraft();
        java.util.Set<Integer> quarters = new java.util.HashSet<>();
        for (Milestone m : wanted) {
            if (!quarters.add(m.getQuarter())) {
                throw new org.clinlead.portal.shared.InvalidInputException("milestones", "Quarter " + m.getQuarter()
                        + " has two milestones; give one.");
            }
            if (!m.isReportOnly()) {
                new Thresholds(m.getMinimum(), m.getMaximum(), improvement);
            }
        }
        milestones.clear();
        milestones.addAll(wanted);
    }

    /**
     * The thresholds a quarter's return is judged against: its milestone's, the year-end's when it has none
     * (and always in quarter 4); empty when the quarter is reported only.
     */
    public java.util.Optional<Thresholds> thresholdsFor(int quarter) {
        java.util.Optional<Milestone> milestone = milestones.stream().filter(m -> m.getQuarter() == quarter).findFirst();
        if (milestone.isEmpty()) {
            return java.util.Optional.of(thresholds());
        }
        return milestone.get().isReportOnly() ? java.util.Optional.empty()
                : java.util.Optional.of(new Thresholds(milestone.get().getMinimum(), milestone.get().getMaximum(), improvement));
    }

    public java.util.List<Milestone> getMilestones() {
        return java.util.List.copyOf(milestones);
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

    public String getName() {
        return name;
    }

    public String getRationale() {
        return rationale;
    }

    public QualityDomain getDomain() {
        return domain;
    }

    public Pathway getPathway() {
        return pathway;
    }

    public boolean isProportion() {
        return proportion;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
