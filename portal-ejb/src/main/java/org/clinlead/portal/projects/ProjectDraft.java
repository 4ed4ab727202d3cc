package org.clinlead.portal.projects;

import java.time.LocalDate;
import java.util.Set;

/** A new project as its owner describes it. */
public record ProjectDraft(String title, String problem, String aimWhat, String aimHowMuch, LocalDate aimByWhen,
        String service, Long organisationId, String pathwayCode, Set<String> aims) {
}
