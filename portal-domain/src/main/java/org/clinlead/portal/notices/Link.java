package org.clinlead.portal.notices;

import java.io.Serializable;
import java.util.Locale;

/**
 * What a notice points at — a kind of record and its id — without knowing the page that shows it: the web
 * layer turns a link into an address, so boundaries never spell page URLs. Stored as {@code kind:id}
 * (or just {@code kind} for a page about no one record).
 */
public record Link(Kind kind, Long id) implements Serializable {

    /** The records and lists a notice can point at. */
    public enum Kind {
        MEETING(true), BOARD_ACTIONS(false), PROJECT(true), COHORT(true), PARTICIPANT(true), FOLLOW_UP_ROUND(true),
        MY_DECLARATIONS(false), ADVISORY_GROUP(false), CONTRACT(true), ADVICE_REQUEST(true), RECONFIGURATION(true), ASSURANCE_REVIEW(true),
        TARGET_SERIES(true);

        private final boolean needsId;

        Kind(boolean needsId) {
            this.needsId = needsId;
        }
    }

    public Link {
        if (kind == null || kind.needsId != (id != null)) {
            throw new IllegalArgumentException("A " + kind + " link " + (id == null ? "needs" : "takes no") + " id");
        }
    }

    public static Link to(Kind kind, long id) {
        return new Link(kind, id);
    }

    public static Link to(Kind kind) {
        return new Link(kind, null);
    }

    /** The form kept in the notice's row, e.g. {@code meeting:12}. */
    public String stored() {
        return kind.name().toLowerCase(Locale.ROOT) + (id == null ? "" : ":" + id);
    }

    /** The link kept as {@link #stored()}; null for none. */
    public static Link parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        int colon = stored.indexOf(':');
        Kind kind = Kind.valueOf((colon < 0 ? stored : stored.substring(0, colon)).toUpperCase(Locale.ROOT));
        return new Link(kind, colon < 0 ? null : Long.valueOf(stored.substring(colon + 1)));
    }
}
