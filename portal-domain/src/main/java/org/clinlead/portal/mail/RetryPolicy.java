package org.clinlead.portal.mail;

import java.time.Duration;

/**
 * When a failed message is tried again: after {@code firstWait}, doubling each time up to {@code longestWait}, and
 * given up on once {@code giveUpAfter} has passed since it was queued.
 */
public record RetryPolicy(Duration firstWait, Duration longestWait, Duration giveUpAfter) {

    public static final RetryPolicy STANDARD = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1));

    public RetryPolicy {
        if (firstWait.isNegative() || firstWait.isZero() || longestWait.compareTo(firstWait) < 0 || giveUpAfter.isNegative()) {
            throw new IllegalArgumentException("Retry waits must be positive and the longest at least the first");
        }
    }

    /** The wait before attempt {@code failures + 1}, after {@code failures} failed attempts (at least one). */
    public Duration waitAfter(int failures) {
        Duration wait = firstWait;
        for (int i = 1; i < failures && wait.compareTo(longestWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }
}
