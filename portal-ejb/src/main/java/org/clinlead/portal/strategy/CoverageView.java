package org.clinlead.portal.strategy;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Activity counted by aim × capability × quarter (the heat map), by pathway × aim and by organisation, over a period;
 * an activity serving two aims counts under each.
 */
public record CoverageView(LocalDate from, LocalDate to, String pathwayCode, Long organisationId, List<String> quarters,
        List<AimRow> aims, List<PathwayRow> pathways, List<OrganisationRow> organisations, long total) implements Serializable {

    /** One aim: per capability, the count in each quarter (in the order of {@code quarters}) and in all. */
    public record AimRow(String code, String title, long total, List<CapabilityCount> cells) implements Serializable {
    }

    /** One capability's activity under an aim: per quarter and in all. */
    public record CapabilityCount(String capability, List<Long> perQuarter, long total) implements Serializable {
    }

    /** A pathway: its activity under each aim. */
    public record PathwayRow(String code, String name, Map<String, Long> byAim, long total) implements Serializable {
    }

    /** An organisation with activity, most first. */
    public record OrganisationRow(long id, String name, String nationalCode, long total) implements Serializable {
    }
}
