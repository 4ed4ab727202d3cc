package org.clinlead.portal.boards;

import java.util.Set;

/** An agenda item to add: what it is, why, who presents, its aims, the organisations it concerns, public or not. */
public record ItemDraft(String title, Purpose purpose, String presenter, boolean confidential, Set<String> aims,
        Set<Long> organisationIds, Long cquinContractId, Long cquinIndicatorId) {
}
