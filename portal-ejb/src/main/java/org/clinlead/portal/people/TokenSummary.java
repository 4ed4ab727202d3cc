package org.clinlead.portal.people;

import java.io.Serializable;
import java.time.Instant;

/** An API token as its owner and administrators see it: never the token, only its first characters. */
public record TokenSummary(long id, String owner, String name, String startsWith, boolean readOnly, Instant createdAt,
        Instant expiresAt, Instant lastUsedAt, Instant revokedAt, State state) implements Serializable {

    public enum State { ACTIVE, EXPIRED, REVOKED }

    static TokenSummary of(ApiToken t, Instant now) {
        State state = t.getRevokedAt() != null ? State.REVOKED : now.isBefore(t.getExpiresAt()) ? State.ACTIVE : State.EXPIRED;
        return new TokenSummary(t.getId(), t.getAccount().getUsername(), t.getName(), t.getTokenPrefix() + "…",
                t.isReadOnly(), t.getCreatedAt(), t.getExpiresAt(), t.getLastUsedAt(), t.getRevokedAt(), state);
    }
}
