package org.clinlead.portal.profiles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A practice's counts for one indicator in one period, as imported ({@link ProfileRow} checks them). One per
 * practice, indicator and period: a later import replaces it. Written in bulk by the import, read by the plots.
 */
@Entity
@Table(name = "profile_value")
public class ProfileValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", nullable = false)
    private Practice practice;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false)
    private ProfileIndicator indicator;

    @Column(nullable = false, length = 12)
    private String period;

    @Column(nullable = false)
    private long numerator;

    @Column(nullable = false)
    private long denominator;

    protected ProfileValue() {
    }

    public Long getId() {
        return id;
    }

    public Practice getPractice() {
        return practice;
    }

    public ProfileIndicator getIndicator() {
        return indicator;
    }

    public String getPeriod() {
        return period;
    }

    public long getNumerator() {
        return numerator;
    }

    public long getDenominator() {
        return denominator;
    }
}
