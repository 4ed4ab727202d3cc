package org.clinlead.portal.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The owner's form for a new measure of the project (outcome, process or balancing).
 */
@Named
@ViewScoped
public class NewMeasureBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectBacking project;

    @Inject
    private ProjectMeasures projectMeasures;

    private String measureName;

    private MeasureType measureType = MeasureType.OUTCOME;

    private String unit;

    private Direction direction;

    private Double target;

    private String definition;

    public String getMeasureName() {
        return measureName;
    }

    public void setMeasureName(String measureName) {
        this.measureName = measureName;
    }

    public MeasureType getMeasureType() {
        return measureType;
    }

    public void setMeasureType(MeasureType measureType) {
        this.measureType = measureType;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public Double getTarget() {
        return target;
    }

    public void setTarget(Double target) {
        this.target = target;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public MeasureType[] getMeasureTypes() {
        return MeasureType.values();
    }

    public Direction[] getDirections() {
        return Direction.values();
    }

    public String addMeasure() {
        return project.act("measure", () -> projectMeasures.addMeasure(project.getId(), new MeasureDraft(measureName, measureType, unit, direction, target,
                definition)), "The measure is added. Enter its data below.");
    }
}
