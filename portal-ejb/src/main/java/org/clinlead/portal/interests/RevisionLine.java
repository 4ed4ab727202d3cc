package org.clinlead.portal.interests;

import java.io.Serializable;
import java.time.Instant;

/** One change to a declaration: when, by whom, what kind, and what the entry said before it. */
public record RevisionLine(Instant revisedAt, String revisedBy, String change, String before) implements Serializable {

    static RevisionLine of(DeclarationRevision r) {
        return new RevisionLine(r.getRevisedAt(), r.getRevisedBy(), r.getChange(), r.getBefore());
    }
}
