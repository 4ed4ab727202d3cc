package org.clinlead.portal.notices;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Leaves notices for accounts, in the caller's transaction. A notice whose key the recipient already has
 * is not sent again, so reminders can be worked out as often as the schedule likes. Those left are announced
 * ({@link NoticesLeft}, in the same transaction) for whoever passes them on, such as by e-mail.
 */
@Dependent
public class NoticeSender {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Event<NoticesLeft> left;

    /**
     * Sends to each recipient who has not had {@code key} yet; returns how many were sent. Only that there is a
     * notice leaves the portal (an e-mail says "a new notice about a meeting" and links to it), never its words.
     */
    public int send(Collection<String> recipients, String subject, String body, Link link, String key) {
        return send(recipients, subject, body, link, key, false, true);
    }

    /**
     * As {@link #send}, for a notice whose words may go in an e-mail: it names nothing confidential (a reminder of a
     * term ending, of the declaration round, that a pack is published).
     */
    public int sendShareable(Collection<String> recipients, String subject, String body, Link link, String key) {
        return send(recipients, subject, body, link, key, true, true);
    }

    /** As {@link #sendShareable}, for a notice whose e-mail goes another way (a meeting's updated calendar invitation). */
    public int sendWithoutMail(Collection<String> recipients, String subject, String body, Link link, String key) {
        return send(recipients, subject, body, link, key, true, false);
    }

    private int send(Collection<String> recipients, String subject, String body, Link link, String key, boolean shareable,
            boolean mail) {
        Instant now = Instant.now();
        List<String> sent = new ArrayList<>();
        for (String recipient : recipients) {
            boolean had = em.createQuery("select count(n) from Notice n where n.recipient = :r and n.key = :k", Long.class)
                    .setParameter("r", recipient).setParameter("k", key).getSingleResult() > 0;
            if (!had && !sent.contains(recipient)) {
                em.persist(new Notice(recipient, subject, body, link, key, now, shareable));
                sent.add(recipient);
            }
        }
        if (!sent.isEmpty()) {
            left.fire(new NoticesLeft(List.copyOf(sent), subject, body, link, key, shareable, mail, now));
        }
        return sent.size();
    }
}
