package org.clinlead.portal.people;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A user account as administrators see it (never the password hash). */
public record AccountSummary(long id, long version, String username, String displayName, Long clinicianId,
        String clinicianName, List<Role> roles, boolean enabled, boolean locked, Instant lastSignIn, String ssoIdentity,
        Instant lastSsoSignIn) implements Serializable {

    static AccountSummary of(UserAccount a, Instant now) {
        return new AccountSummary(a.getId(), a.getVersion(), a.getUsername(), a.getDisplayName(),
                a.getClinician() == null ? null : a.getClinician().getId(),
                a.getClinician() == null ? null : a.getClinician().getDisplayName(),
                a.getRoles().stream().sorted().toList(), a.isEnabled(), a.isLockedAt(now), a.getLastSignIn(), a.getSsoIdentity(),
                a.getLastSsoSignIn());
    }
}
