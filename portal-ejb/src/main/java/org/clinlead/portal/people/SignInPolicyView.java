package org.clinlead.portal.people;

import java.io.Serializable;
import java.time.Instant;

/**
 * How people sign in now: whether organisation sign-in is required (and whether by an administrator or by the server's
 * settings), whether it is set up at all, the account that keeps its password, and who last changed it.
 */
public record SignInPolicyView(boolean organisationRequired, boolean requiredByServer, boolean organisationSignInSetUp,
        String breakGlass, String changedBy, Instant changedAt, long version) implements Serializable {

    /** Passwords are refused for everyone but the break-glass account. */
    public boolean passwordsRefused() {
        return organisationRequired || requiredByServer;
    }
}
