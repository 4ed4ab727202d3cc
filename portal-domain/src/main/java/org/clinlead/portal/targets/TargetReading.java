package org.clinlead.portal.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.projects.Assurance;
import org.clinlead.portal.projects.PointType;
import org.clinlead.portal.projects.Spc;

/**
 * One organisation's series for one target read as Making Data Count reads it: the SPC chart from the portal's own
 * engine (XmR, special causes, the variation of the latest month) with its assurance against the standard, and
 * whether it is an exception — the latest month misses the standard, the process is consistently failing it, or the
 * latest month shows special cause of concern.
 */
public record TargetReading(Spc.Result chart, BigDecimal latest, LocalDate latestMonth, boolean latestMeets,
        Assurance assurance, PointType variation, List<String> reasons) {

    /** Reads {@code points} (months in order) of {@code target}. */
    public static TargetReading of(OperatingTarget target, List<Spc.Point> points) {
        Spc.Result chart = Spc.calculate(points, target.getDirection(),
                target.getStandard() == null ? null : target.getStandard().doubleValue(), Set.of(), null);
        if (points.isEmpty()) {
            return new TargetReading(chart, null, null, true, null, null, List.of());
        }
        Spc.Point last = points.get(points.size() - 1);
        BigDecimal latest = BigDecimal.valueOf(last.value());
        boolean meets = target.meets(latest);
        List<String> reasons = new java.util.ArrayList<>();
        if (!meets) {
            reasons.add("the latest month misses the standard");
        }
        if (chart.assurance() == Assurance.CONSISTENTLY_FAILING) {
            reasons.add("the process is consistently failing the standard");
        }
        if (chart.variation() == PointType.CONCERN) {
            reasons.add("special cause of concern");
        }
        return new TargetReading(chart, latest, last.date(), meets, chart.assurance(), chart.variation(), List.copyOf(reasons));
    }

    /** Failing, or showing special cause of concern. */
    public boolean isException() {
        return !reasons.isEmpty();
    }
}
