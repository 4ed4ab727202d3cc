package org.clinlead.portal.strategy;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An activity in a list: what it is, whose, on which pathway, for which aims, when, its status, the page it is on. */
public record ActivityRow(ActivityKind kind, String kindLabel, long id, long pageId, String title, Long organisationId,
        String pathwayCode, List<String> aims, Instant at, String status) implements Serializable {

    static ActivityRow of(Activity a) {
        return new ActivityRow(a.getKind(), a.getKind().label(), a.getActivityId(), a.getPageId() == null ? a.getActivityId()
                : a.getPageId(), a.getTitle(), a.getOrganisationId(), a.getPathwayCode(), a.getAims(), a.getAt(), a.getStatus());
    }
}
