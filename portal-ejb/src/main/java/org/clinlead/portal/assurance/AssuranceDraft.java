package org.clinlead.portal.assurance;

import java.util.Collection;

/** A review to open: what is reviewed, whose, over which years, on which pathways and aims. */
public record AssuranceDraft(ReviewSubject subject, String title, Long organisationId, Integer periodStart, Integer periodEnd,
        Collection<String> pathwayCodes, Collection<String> aims) {
}
