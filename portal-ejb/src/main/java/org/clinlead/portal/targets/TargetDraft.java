package org.clinlead.portal.targets;

import java.math.BigDecimal;
import java.util.List;
import org.clinlead.portal.projects.Direction;

/** A new target as an administrator defines it. */
public record TargetDraft(String code, String name, String definition, TargetUnit unit, Direction direction,
        BigDecimal standard, List<String> aims) {
}
