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

/**
 * Which sessions belong to whom, so that disabling an account ends that person's sessions at once
 * rather than at their idle timeout. Sessions leave the registry when they end ({@link SessionEvents}).
 */
@ApplicationScoped
public class SessionRegistry {

    private static final Logger LOG = Logger.getLogger(SessionRegistry.class.getName());
    static final String OWNER = "portal.sessionOwner";

    private final Map<String, Set<HttpSession>> byUser = new ConcurrentHashMap<>();

    void signedIn(String username, HttpSession session) {
        session.setAttribute(OWNER, username);
        byUser.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(session);
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
        for (HttpSession session : sessions) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // ended meanwhile: nothing to do
            }
        }
        LOG.info(() -> "Ended " + sessions.size() + " session(s) of disabled account " + event.username());
    }

    public int sessionsOf(String username) {
        Set<HttpSession> sessions = byUser.get(username);
        return sessions == null ? 0 : sessions.size();
    }
}
