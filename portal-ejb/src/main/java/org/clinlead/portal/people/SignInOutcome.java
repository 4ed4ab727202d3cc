package org.clinlead.portal.people;

import java.time.Instant;
import java.util.Set;

/** The answer to a sign-in attempt; only {@code SUCCESS} carries the roles. */
public record SignInOutcome(Status status, String username, Set<Role> roles, Instant lockedUntil) {

    public enum Status { SUCCESS, INVALID, LOCKED, DISABLED, UNLINKED, ORGANISATION_ONLY }

    static SignInOutcome success(UserAccount account) {
        return new SignInOutcome(Status.SUCCESS, account.getUsername(), account.getRoles(), null);
    }

    static SignInOutcome refused(Status status, Instant lockedUntil) {
        return new SignInOutcome(status, null, Set.of(), lockedUntil);
    }

    public boolean succeeded() {
        return status == Status.SUCCESS;
    }
}
