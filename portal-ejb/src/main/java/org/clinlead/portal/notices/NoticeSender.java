package org.clinlead.portal.notices;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;

/**
 * Leaves notices for accounts, in the caller's transaction. A notice whose key the recipient already has
 * is not sent again, so reminders can be worked out as often as the schedule likes.
 */
@Dependent
public class NoticeSender {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Sends to each recipient who has not had {@code key} yet; returns how many were sent. */
    public int send(Collection<String> recipients, String subject, String body, Link link, String key) {
        int sent = 0;
        Instant now = Instant.now();
        for (String recipient : recipients) {
            boolean had = em.createQuery("select count(n) from Notice n where n.recipient = :r and n.key = :k", Long.class)
                    .setParameter("r", recipient).setParameter("k", key).getSingleResult() > 0;
            if (!had) {
                em.persist(new Notice(recipient, subject, body, link, key, now));
                sent++;
            }
        }
        return sent;
    }
}
