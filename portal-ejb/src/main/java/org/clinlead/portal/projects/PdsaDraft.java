package org.clinlead.portal.projects;

import java.time.LocalDate;
import java.util.Set;

/** A PDSA cycle as recorded. */
public record PdsaDraft(String change, String prediction, String whatHappened, String study, ActDecision act,
        LocalDate startDate, LocalDate endDate, Set<Long> measureIds) {
}
