package org.clinlead.portal.targets;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.clinlead.portal.aims.AimSummary;
import org.clinlead.portal.aims.Strategy;
import org.clinlead.portal.projects.Direction;
import org.clinlead.portal.shell.Feedback;

/** An administrator's form for a new operating target. */
@Named
@ViewScoped
public class NewTargetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OperatingTargets targets;

    @Inject
    private Strategy strategy;

    private String code;
    private String name;
    private String definition;
    private TargetUnit unit = TargetUnit.PERCENT;
    private Direction direction = Direction.INCREASE;
    private BigDecimal standard;
    private List<String> aims = new ArrayList<>(List.of("D"));

    public String create() {
        return Feedback.attempt("newTarget", () -> targets.define(new TargetDraft(code, name, definition, unit, direction,
                standard, aims)), "The target is in the list; its monthly figures can be imported now.",
                "/targets/index?faces-redirect=true");
    }

    public List<AimSummary> getAimChoices() {
        return strategy.aims();
    }

    public TargetUnit[] getUnits() {
        return TargetUnit.values();
    }

    public Direction[] getDirections() {
        return new Direction[] {Direction.INCREASE, Direction.DECREASE};
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public TargetUnit getUnit() {
        return unit;
    }

    public void setUnit(TargetUnit unit) {
        this.unit = unit;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public BigDecimal getStandard() {
        return standard;
    }

    public void setStandard(BigDecimal standard) {
        this.standard = standard;
    }

    public List<String> getAims() {
        return aims;
    }

    public void setAims(List<String> aims) {
        this.aims = aims;
    }
}
