package org.clinlead.portal.strategy;

import java.io.Serializable;
import java.util.List;

/** The gaps in coverage: aims quiet in the last three months, pathways and organisations quiet in the last twelve. */
public record GapsView(String recent, String period, int aimGaps, int pathwayGaps, int organisationGaps, List<Gap> gaps)
        implements Serializable {

    /** Read only: one set of gaps is shared by everyone who looks until something is written. */
    public GapsView {
        gaps = List.copyOf(gaps);
    }
}
