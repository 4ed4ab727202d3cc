package org.clinlead.portal.commissioning;

import java.time.Instant;
import java.util.List;

/** A variation of an agreed scheme, with each change before and after in words. */
public record VariationView(long id, long version, int number, String reason, SchemeVariation.Status status,
        Side proposedSide, String proposedBy, Instant proposedAt, String agreedBy, Instant agreedAt, List<String> changes) {

    static VariationView of(SchemeVariation v) {
        return new VariationView(v.getId(), v.getVersion(), v.getNumber(), v.getReason(), v.getStatus(), v.getProposedSide(),
                v.getProposedBy(), v.getProposedAt(), v.getAgreedBy(), v.getAgreedAt(),
                v.getChanges().stream().map(VariationChange::describe).toList());
    }
}
