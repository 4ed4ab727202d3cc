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
import java.time.Instant;
import java.util.List;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * A senior clinical lead's advice on one indicator of a scheme in draft: supports, supports with changes (saying
 * which) or does not support (saying why). A lead with a live declared interest in the provider
 * ({@code interests.LiveInterests}) must first record how it is managed, as on appointment panels; the
 * interest and the handling are kept with the advice.
 */
@Entity
@Table(name = "cquin_advice")
public class IndicatorAdvice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false, updatable = false)
    private QualityIndicator indicator;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "adviser_id", nullable = false, updatable = false)
    private Clinician adviser;

    @Enumerated(EnumType.STRING)
    @Column(name = "advice_position", nullable = false, length = 30)
    private AdvicePosition position;

    @Column(length = QualityIndicator.TEXT_MAX)
    private String advice;

    @Column(name = "declared_interest", length = 2000)
    private String declaredInterest;

    @Column(name = "interest_handling", length = 1000)
    private String interestHandling;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    protected IndicatorAdvice() {
    }

    /**
     * Advice from {@code adviser}, whose live interests in the provider are {@code interests} (in words; empty
     * for none) and, if there are any, how they are managed ({@code handling}).
     */
    public IndicatorAdvice(QualityIndicator indicator, Clinician adviser, List<String> interests, String handling,
            AdvicePosition position, String advice, Instant now) {
        indicator.getContract().requireDraft();
        if (!interests.isEmpty() && Check.clean(handling) == null) {
            throw new RuleViolationException("You have a declared interest in "
                    + indicator.getContract().getProvider().getName() + " (" + String.join("; ", interests)
                    + "). Record how it is managed before you advise on this scheme.");
        }
        new Check().require(position != null, "position", "Say whether you support the indicator, support it with "
                        + "changes, or do not support it.")
                .require(position == null || position == AdvicePosition.SUPPORTS || Check.clean(advice) != null, "advice",
                        position == AdvicePosition.DOES_NOT_SUPPORT ? "Say why you do not support it."
                                : "Say what should change.")
                .optionalText(advice, "advice", "The advice", QualityIndicator.TEXT_MAX)
                .optionalText(handling, "handling", "How the interest is managed", 1000)
                .orThrow();
        this.indicator = indicator;
        this.adviser = adviser;
        this.position = position;
        this.advice = Check.clean(advice);
        this.declaredInterest = interests.isEmpty() ? null : String.join("; ", interests);
        this.interestHandling = interests.isEmpty() ? null : Check.clean(handling);
        this.givenAt = now;
    }

    public Long getId() {
        return id;
    }

    public QualityIndicator getIndicator() {
        return indicator;
    }

    public Clinician getAdviser() {
        return adviser;
    }

    public AdvicePosition getPosition() {
        return position;
    }

    public String getAdvice() {
        return advice;
    }

    public String getDeclaredInterest() {
        return declaredInterest;
    }

    public String getInterestHandling() {
        return interestHandling;
    }

    public Instant getGivenAt() {
        return givenAt;
    }
}
