package org.clinlead.portal.people;

import java.time.Duration;
import java.time.Instant;

/**
 * After {@code maxFailures} wrong passwords in a row an account is locked for {@code lockFor}, which
 * stops password guessing without locking people out for good. The same count is kept for usernames
 * that do not exist, so the answers never tell a guesser which accounts are real.
 */
public record LockoutPolicy(int maxFailures, Duration lockFor) {

    public static final LockoutPolicy STANDARD = new LockoutPolicy(5, Duration.ofMinutes(15));

    public LockoutPolicy {
        if (maxFailures < 1 || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("A lockout needs at least one failure and a positive duration");
        }
    }

    /** Wrong passwords in a row, and the end of the lock they caused (null while not locked). */
    public record Tally(int failures, Instant lockedUntil) {

        public static final Tally CLEAN = new Tally(0, null);

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        public boolean justLocked(Tally before) {
            return lockedUntil != null && !lockedUntil.equals(before.lockedUntil);
        }
    }

    /** The tally after one more wrong password: the count restarts once an earlier lock has run out. */
    public Tally fail(Tally before, Instant now) {
        Tally current = before.lockedUntil() != null && !now.isBefore(before.lockedUntil()) ? Tally.CLEAN : before;
        int failures = current.failures() + 1;
        return new Tally(failures, failures >= maxFailures && current.lockedUntil() == null ? now.plus(lockFor)
                : current.lockedUntil());
    }
}
