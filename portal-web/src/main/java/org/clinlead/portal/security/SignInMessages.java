package org.clinlead.portal.security;

import java.time.format.DateTimeFormatter;
import org.clinlead.portal.people.SignInOutcome;

/** What a person is told when signing in fails: enough to act on, nothing that helps a guesser. */
public final class SignInMessages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(org.clinlead.portal.shared.UkTime.ZONE);

    private SignInMessages() {
    }

    public static String explain(SignInOutcome outcome) {
        return switch (outcome.status()) {
            case LOCKED -> "This account is locked after too many wrong passwords. Try again after "
                    + TIME.format(outcome.lockedUntil()) + " (UK time), or ask an administrator to unlock it.";
            case DISABLED -> "This account has been disabled. Contact the portal administrator if you need access.";
            case ORGANISATION_ONLY -> "This portal signs you in through your organisation: use \"Sign in with your organisation\".";
            case UNLINKED -> "Your organisation's account is not linked to a portal account; ask the administrator.";
            default -> "The username or password is not right. Check them and try again.";
        };
    }
}
