package org.clinlead.portal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The sender's steps, each in a transaction of its own: claim a due message (so no other sender takes it), then
 * after the attempt record it sent or failed. A claim left behind (the portal stopped mid-send) is given up as failed,
 * never sent again by itself: at most once, with the failure shown to administrators.
 */
@ApplicationScoped
public class OutboxClaims {

    static final Duration STALE_CLAIM = Duration.ofMinutes(5);
    private static final int BATCH = 50;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MailServer server;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Long> due() {
        return em.createQuery("select m.id from OutboxMail m where m.status = :queued and m.nextAttemptAt <= :now "
                        + "order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("queued", MailStatus.QUEUED).setParameter("now", Instant.now(clock))
                .setMaxResults(BATCH).getResultList();
    }

    /**
     * Takes the message for this sender by one conditional update (atomic across senders and nodes); null when
     * another took it first or it is no longer due.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    OutboxMail claim(long id) {
        Instant now = Instant.now(clock);
        int taken = em.createQuery("update OutboxMail m set m.status = :sending, m.claimedAt = :now, m.attempts = m.attempts + 1, "
                        + "m.version = m.version + 1 where m.id = :id and m.status = :queued and m.nextAttemptAt <= :now")
                .setParameter("sending", MailStatus.SENDING).setParameter("queued", MailStatus.QUEUED)
                .setParameter("now", now).setParameter("id", id).executeUpdate();
        if (taken == 0) {
            return null;
        }
        OutboxMail mail = em.find(OutboxMail.class, id);
        em.refresh(mail);
        em.detach(mail);
        return mail;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void sent(long id) {
        em.find(OutboxMail.class, id).recordSent(Instant.now(clock));
    }

    /** @return whether it was given up on (no more attempts) */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean failed(long id, String error) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        mail.recordFailure(error, Instant.now(clock), server.retryPolicy());
        return mail.getStatus() == MailStatus.FAILED;
    }

    /** Gives up the claims older than a few minutes (their sender stopped); returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int abandonStale() {
        Instant now = Instant.now(clock);
        List<OutboxMail> stale = em.createQuery("select m from OutboxMail m where m.status = :sending and m.claimedAt < :before",
                        OutboxMail.class).setParameter("sending", MailStatus.SENDING)
                .setParameter("before", now.minus(STALE_CLAIM)).getResultList();
        stale.forEach(m -> m.abandon(now));
        return stale.size();
    }
}
