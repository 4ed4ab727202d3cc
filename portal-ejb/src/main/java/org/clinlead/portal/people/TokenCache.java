package org.clinlead.portal.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens checked in the last few seconds, so that a script's burst of calls costs one database lookup, not
 * one per call. An entry lives {@link #FOR} at most, and never past its token's expiry; revoking a token or
 * disabling an account empties it at once on this server (another server of a cluster notices within
 * {@link #FOR}).
 */
@ApplicationScoped
public class TokenCache {

    static final Duration FOR = Duration.ofSeconds(10);
    private static final int MAX_ENTRIES = 10_000;

    record Entry(TokenCaller caller, Instant until) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    TokenCaller get(String hash, Instant now) {
        Entry entry = entries.get(hash);
        if (entry == null || !now.isBefore(entry.until())) {
            return null;
        }
        return entry.caller();
    }

    void put(String hash, TokenCaller caller, Instant now, Instant tokenExpires) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        Instant until = now.plus(FOR);
        entries.put(hash, new Entry(caller, until.isBefore(tokenExpires) ? until : tokenExpires));
    }

    void forget(String hash) {
        entries.remove(hash);
    }

    void accountDisabled(@Observes AccountDisabled event) {
        entries.clear();
    }
}
