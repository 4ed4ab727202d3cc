package org.clinlead.portal.targets;

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
import java.time.LocalDate;
import org.clinlead.portal.organisations.Organisation;

/** One organisation's figure for one target in one month (the month's first day); one per month, never in the future. */
@Entity
@Table(name = "target_figure")
public class TargetFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id", nullable = false, updatable = false)
    private OperatingTarget target;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "figure_month", nullable = false, updatable = false)
    private LocalDate month;

    @Column(name = "figure_value", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal value;

    protected TargetFigure() {
    }

    public TargetFigure(OperatingTarget target, Organisation organisation, LocalDate month, BigDecimal value) {
        this.target = target;
        this.organisation = organisation;
        this.month = month.withDayOfMonth(1);
        this.value = value;
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

    public LocalDate getMonth() {
        return month;
    }

    public BigDecimal getValue() {
        return value;
    }
}
