package org.clinlead.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.clinlead.portal.people.AccountDisabled;
import org.clinlead.portal.people.AccountRolesChanged;

/**
 * Which sessions belong to whom, so that disabling an account ends that person's sessions at once
 * rather than at their idle timeout, and changed roles apply at the person's next request rather than their next
 * sign-in. Sessions leave the registry when they end ({@link SessionEvents}).
 */
@ApplicationScoped
public class SessionRegistry {

    private static final Logger LOG = Logger.getLogger(SessionRegistry.class.getName());
    static final String OWNER = "portal.sessionOwner";

    private final Map<String, Set<HttpSession>> byUser = new ConcurrentHashMap<>();

    /** Session attribute: when the session's account was last looked up (epoch milliseconds). */
    static final String CHECKED = "portal.accountCheckedAt";
    /**
     * How often a session's account is looked up again. Disabling an account ends its sessions on this node at once,
     * and changed roles apply at their next request; on the other nodes of a cluster (which hold the same sessions),
     * within this.
     */
    static final long CHECK_EVERY_MILLIS = 10_000;

    @jakarta.inject.Inject
    private org.clinlead.portal.people.SignIn signIn;

    void signedIn(String username, HttpSession session) {
        session.setAttribute(OWNER, username);
        session.setAttribute(CHECKED, System.currentTimeMillis());
        byUser.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /**
     * The session's caller as the account stands now, looked up at most every {@link #CHECK_EVERY_MILLIS}: null if the
     * account was disabled, the caller with the account's present roles if they were changed (kept in the session).
     */
    PortalAuthenticationMechanism.SessionCaller current(HttpSession session, PortalAuthenticationMechanism.SessionCaller caller) {
        long now = System.currentTimeMillis();
        if (session.getAttribute(CHECKED) instanceof Long checked && now - checked < CHECK_EVERY_MILLIS) {
            return caller;
        }
        session.setAttribute(CHECKED, now);
        Set<String> groups = signIn.currentRoles(caller.username()).stream().map(Enum::name)
                .collect(java.util.stream.Collectors.toSet());
        if (groups.isEmpty()) {
            return null;
        }
        if (!groups.equals(caller.groups())) {
            PortalAuthenticationMechanism.SessionCaller changed = new PortalAuthenticationMechanism.SessionCaller(caller.username(), groups);
            session.setAttribute(PortalAuthenticationMechanism.CALLER, changed);
            return changed;
        }
        return caller;
    }

    /** The person's sessions on this node look their account up again at their next request. */
    void onRolesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountRolesChanged event) {
        each(byUser.get(event.username()), session -> session.removeAttribute(CHECKED));
    }

    /** Does the action to each of the sessions (none if null), passing over any that ended meanwhile. */
    private static void each(Set<HttpSession> sessions, java.util.function.Consumer<HttpSession> action) {
        if (sessions == null) {
            return;
        }
        for (HttpSession session : sessions) {
            try {
                action.accept(session);
            } catch (IllegalStateException alreadyEnded) {
                // ended meanwhile: nothing to do
            }
        }
    }

    void ended(HttpSession session) {
        Object owner = session.getAttribute(OWNER);
        if (owner != null) {
            Set<HttpSession> sessions = byUser.get(owner.toString());
            if (sessions != null) {
                sessions.remove(session);
            }
        }
    }

    void onDisabled(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountDisabled event) {
        Set<HttpSession> sessions = byUser.remove(event.username());
        if (sessions == null) {
            return;
        }
        each(sessions, HttpSession::invalidate);
        LOG.info(() -> "Ended " + sessions.size() + " session(s) of disabled account " + event.username());
    }

    public int sessionsOf(String username) {
        Set<HttpSession> sessions = byUser.get(username);
        return sessions == null ? 0 : sessions.size();
    }
}
