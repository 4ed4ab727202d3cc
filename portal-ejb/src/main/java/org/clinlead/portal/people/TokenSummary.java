package org.clinlead.portal.people;

import java.io.Serializable;
import java.time.Instant;

/** An API token as its owner and administrators see it: never the token, only its first characters. */
public record TokenSummary(long id, String owner, String name, String startsWith, boolean readOnly, Instant createdAt,
        Instant expiresAt, java.time.LocalDate lastDay, Instant lastUsedAt, Instant revokedAt, State state)
        implements Serializable {

    /** A token's state, with the word a person reads. */
    public enum State {
        ACTIVE("Active"), EXPIRED("Expired"), REVOKED("Revoked");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static TokenSummary of(ApiToken t, Instant now) {
        State state = t.getRevokedAt() != null ? State.REVOKED : now.isBefore(t.getExpiresAt()) ? State.ACTIVE : State.EXPIRED;
        return new TokenSummary(t.getId(), t.getAccount().getUsername(), t.getName(), t.getTokenPrefix() + "…",
                t.isReadOnly(), t.getCreatedAt(), t.getExpiresAt(),
                t.getExpiresAt().minusNanos(1).atZone(org.clinlead.portal.shared.UkTime.ZONE).toLocalDate(),
                t.getLastUsedAt(), t.getRevokedAt(), state);
    }
}
