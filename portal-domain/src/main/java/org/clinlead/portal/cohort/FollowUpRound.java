package org.clinlead.portal.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * A yearly follow-up of a cohort's alumni: opened by the programme manager once the cohort has ended,
 * one per cohort and year, open for answers for six weeks.
 */
@Entity
@Table(name = "follow_up_round")
public class FollowUpRound {

    public static final int WEEKS_OPEN = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @Column(name = "round_year", nullable = false)
    private int year;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "opened_by", nullable = false, length = 40)
    private String openedBy;

    protected FollowUpRound() {
    }

    public FollowUpRound(Cohort cohort, LocalDate today, String openedBy) {
        if (!cohort.hasEnded(today)) {
            throw new RuleViolationException(cohort.getName() + " ends on " + cohort.getEndsOn()
                    + "; its alumni are followed up once it has ended.");
        }
        this.cohort = cohort;
        this.year = today.getYear();
        this.openedOn = today;
        this.closesOn = today.plusWeeks(WEEKS_OPEN);
        this.openedBy = openedBy;
    }

    public boolean isOpen(LocalDate today) {
        return !today.isAfter(closesOn);
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }
}
