package org.clinlead.portal.reconfiguration;

import java.util.Collection;

/** A case for change as submitted: the sponsoring organisation and the organisations affected by id. */
public record ReconfigurationDraft(String title, Long sponsorId, String services, String summary, String options,
        String pathwayCode, Collection<String> aims, Collection<Long> affectedIds) {
}
