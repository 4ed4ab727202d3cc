package org.clinlead.portal.strategy;

import java.io.Serializable;
import java.util.List;

/** The gaps in coverage: aims quiet in the last quarter ended, and pathways and organisations quiet in the last year. */
public record GapsView(String lastQuarter, String period, int aimGaps, int pathwayGaps, int organisationGaps, List<Gap> gaps)
        implements Serializable {
}
