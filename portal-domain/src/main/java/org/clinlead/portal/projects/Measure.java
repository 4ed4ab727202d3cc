package org.clinlead.portal.projects;

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
import org.clinlead.portal.shared.Check;

/** A measure of a project: what is counted, how (operational definition), in what unit, which way is better. */
@Entity
@Table(name = "measure")
public class Measure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private ChangeProject project;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure_type", nullable = false, length = 20)
    private MeasureType type;

    @Column(nullable = false, length = 50)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Direction direction;

    private Double target;

    @Column(nullable = false, length = 2000)
    private String definition;

    @Column(name = "baseline_points")
    private Integer baselinePoints;

    protected Measure() {
    }

    public Measure(ChangeProject project, String name, MeasureType type, String unit, Direction direction, Double target,
            String definition) {
        new Check().text(name, "name", "The measure's name", 200)
                .require(type != null, "type", "Choose outcome, process or balancing.")
                .text(unit, "unit", "The unit (for example: minutes, %, patients)", 50)
                .require(direction != null, "direction", "Say which way is better: higher, lower, or neither.")
                .require(target == null || Double.isFinite(target), "target", "The target is a number.")
                .text(definition, "definition", "The operational definition (exactly what is counted, and how)", 2000)
                .orThrow();
        this.project = project;
        this.name = name.strip();
        this.type = type;
        this.unit = unit.strip();
        this.direction = direction;
        this.target = target;
        this.definition = definition.strip();
    }

    /** Fixes the limits on the first {@code points} points (null: every point counts). */
    public void fixBaseline(Integer points) {
        new Check().require(points == null || points >= Spc.MIN_POINTS, "baselinePoints",
                "A fixed baseline needs at least " + Spc.MIN_POINTS + " points.").orThrow();
        this.baselinePoints = points;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ChangeProject getProject() {
        return project;
    }

    public String getName() {
        return name;
    }

    public MeasureType getType() {
        return type;
    }

    public String getUnit() {
        return unit;
    }

    public Direction getDirection() {
        return direction;
    }

    public Double getTarget() {
        return target;
    }

    public String getDefinition() {
        return definition;
    }

    public Integer getBaselinePoints() {
        return baselinePoints;
    }
}
