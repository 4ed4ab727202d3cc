package org.clinlead.portal.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.clinlead.portal.projects.Assurance;
import org.clinlead.portal.projects.PointType;

/** A series in a list (the exceptions list): the organisation and target, the latest month and the reading's icons. */
public record TargetExceptionRow(long seriesId, long organisationId, String organisationCode, String organisationName,
        String targetCode, String targetName, String standardLabel, LocalDate latestMonth, BigDecimal latestValue,
        boolean latestMeets, int months, Assurance assurance, String assuranceLabel, PointType variation,
        String variationLabel, boolean exception, List<String> reasons) {

    static TargetExceptionRow of(TargetSeries s) {
        OperatingTarget t = s.getTarget();
        return new TargetExceptionRow(s.getId(), s.getOrganisation().getId(), s.getOrganisation().getNationalCode(),
                s.getOrganisation().getName(), t.getCode(), t.getName(), TargetSummary.standardLabel(t), s.getLatestMonth(),
                s.getLatestValue(), s.isLatestMeets(), s.getMonths(), s.getAssurance(),
                s.getAssurance() == null ? null : TargetChart.assuranceIcon(s.getAssurance()), s.getVariation(),
                s.getVariation() == null ? null : s.getVariation().label(), s.isException(), s.getReasons());
    }
}
