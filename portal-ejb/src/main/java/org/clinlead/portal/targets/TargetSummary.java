package org.clinlead.portal.targets;

import java.math.BigDecimal;
import java.util.List;
import org.clinlead.portal.projects.Direction;

/** A target as lists show it: what it measures, which way is better, its standard, its aims. */
public record TargetSummary(long id, String code, String name, String definition, TargetUnit unit, String unitLabel,
        Direction direction, BigDecimal standard, String standardLabel, List<String> aims, long version) {

    static TargetSummary of(OperatingTarget t) {
        return new TargetSummary(t.getId(), t.getCode(), t.getName(), t.getDefinition(), t.getUnit(), t.getUnit().label(),
                t.getDirection(), t.getStandard(), standardLabel(t), t.getAims().stream().sorted().toList(), t.getVersion());
    }

    /** "at least 90 %", "at most 1 a month", "no standard". */
    static String standardLabel(OperatingTarget t) {
        if (t.getStandard() == null) {
            return "no standard";
        }
        String side = t.getDirection() == Direction.INCREASE ? "at least " : "at most ";
        String value = t.getStandard().stripTrailingZeros().toPlainString();
        return side + value + (t.getUnit() == TargetUnit.PERCENT ? " %" : " a month");
    }
}
