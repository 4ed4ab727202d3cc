package org.clinlead.portal.people;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong passwords for usernames that do not exist, counted like an account's, so that "locked" is said
 * of a made-up name exactly when it would be said of a real one and the answer never tells a guesser
 * which usernames exist. Kept in memory (bounded): it protects no data, it only keeps answers alike.
 */
@ApplicationScoped
public class UnknownNames {

    private static final int MAX_NAMES = 10_000;

    private final Map<String, LockoutPolicy.Tally> tallies = new ConcurrentHashMap<>();

    public LockoutPolicy.Tally tally(String name) {
        return tallies.getOrDefault(name, LockoutPolicy.Tally.CLEAN);
    }

    public LockoutPolicy.Tally fail(String name, Instant now, LockoutPolicy policy) {
        if (tallies.size() >= MAX_NAMES) {
            tallies.clear();
        }
        return tallies.compute(name, (n, before) -> policy.fail(before == null ? LockoutPolicy.Tally.CLEAN : before, now));
    }
}
