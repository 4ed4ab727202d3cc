package org.clinlead.portal.appointments;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A vacancy with its criteria, aims, panel and how many have applied. */
public record VacancySummary(long id, long version, long seatId, String seatLabel, String areaName, LocalDate closingDate,
        String summary, VacancyStatus status, String statusLabel, boolean takingApplications, List<CriterionView> criteria,
        List<String> aims, List<PanelView> panel, long applications, String openedBy, Instant openedAt)
        implements Serializable {

    static VacancySummary of(Vacancy v, List<PanelMember> panel, long applications, LocalDate today) {
        return new VacancySummary(v.getId(), v.getVersion(), v.getSeat().getId(), v.getSeat().getLabel(),
                v.getSeat().getAreaName(), v.getClosingDate(), v.getSummary(), v.getStatus(), v.getStatus().label(),
                v.isTakingApplicationsOn(today), v.getCriteria().stream().map(CriterionView::of).toList(),
                List.copyOf(v.getAims()), panel.stream().map(PanelView::of).toList(), applications, v.getOpenedBy(),
                v.getOpenedAt());
    }
}
