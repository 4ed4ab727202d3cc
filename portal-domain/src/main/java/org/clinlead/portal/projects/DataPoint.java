package org.clinlead.portal.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One dated value of a measure (one per date). */
@Entity
@Table(name = "data_point")
public class DataPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id", nullable = false, updatable = false)
    private Measure measure;

    /**
     * The measure's key as a column of this table, read only: a query for values alone selects and orders by it
     * without a join to {@code measure} (with {@code d.measure.id} EclipseLink joined, and Derby then read every point).
     */
    @Column(name = "measure_id", insertable = false, updatable = false)
    private Long measureId;

    @Column(name = "point_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "point_value", nullable = false)
    private double value;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DataPoint() {
    }

    public DataPoint(Measure measure, LocalDate date, double value, String recordedBy, Instant now) {
        this.measure = measure;
        this.date = date;
        this.value = value;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Measure getMeasure() {
        return measure;
    }

    public LocalDate getDate() {
        return date;
    }

    public double getValue() {
        return value;
    }
}
