package org.clinlead.portal.people;

import java.time.Duration;

/**
 * After {@code maxFailures} wrong passwords in a row an account is locked for {@code lockFor}, which
 * stops password guessing without locking people out for good.
 */
public record LockoutPolicy(int maxFailures, Duration lockFor) {

    public static final LockoutPolicy STANDARD = new LockoutPolicy(5, Duration.ofMinutes(15));

    public LockoutPolicy {
        if (maxFailures < 1 || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("A lockout needs at least one failure and a positive duration");
        }
    }
}
