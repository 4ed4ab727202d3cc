package org.clinlead.portal.mail;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes messages to the outbox in the caller's transaction: each key once; kept, not sent, without a mail server. */
@Dependent
public class Outbox {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private MailServer server;

    /** Queues the message unless one with its key is already there; returns it (or null when it was). */
    OutboxMail queue(String key, MailKind kind, String recipient, String address, MailComposer.Letter letter, Instant now) {
        return queue(key, kind, recipient, address, letter, now, null, null);
    }

    /** As {@link #queue}, with an iCalendar invitation ({@code method} REQUEST or CANCEL). */
    OutboxMail queue(String key, MailKind kind, String recipient, String address, MailComposer.Letter letter, Instant now,
            String calendar, String method) {
        boolean had = em.createQuery("select count(m) from OutboxMail m where m.key = :k", Long.class)
                .setParameter("k", key).getSingleResult() > 0;
        if (had) {
            return null;
        }
        OutboxMail mail = new OutboxMail(key, kind, recipient, address, letter.subject(), letter.text(), letter.html(), now,
                !server.isSetUp());
        if (calendar != null) {
            mail.withCalendar(calendar, method);
        }
        em.persist(mail);
        return mail;
    }

    /** The settings of these people who have any, by username: one query. */
    Map<String, MailPreference> preferencesOf(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        List<MailPreference> found = em.createQuery("select p from MailPreference p where p.username in :names", MailPreference.class)
                .setParameter("names", usernames).getResultList();
        return found.stream().collect(Collectors.toMap(MailPreference::getUsername, Function.identity()));
    }

    MailDefaults defaults() {
        return em.find(MailDefaults.class, MailDefaults.ONLY);
    }
}
