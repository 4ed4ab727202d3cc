package org.clinlead.portal.mail;

import static org.clinlead.portal.people.Roles.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.clinlead.portal.notices.Notice;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.UkTime;

/**
 * The daily digest: at each person's hour (UK time), one e-mail gathering the notices left for them since their last
 * digest (at most a day's). Once a day per person, whichever node or administrator sends it: the outbox key is the day.
 */
@Stateless
public class MailDigests {

    /** What an hour must be, in the words the people who choose one read. */
    public static final String HOUR_RULE = "The hour is a whole number from 0 to 23 (UK time).";

    private static final Logger LOG = Logger.getLogger(MailDigests.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private MailComposer composer;

    @Inject
    private Clock clock;

    @Inject
    private org.clinlead.portal.shared.ScheduledWork scheduledWork;

    /** Asked every ten seconds on every node; runs at minute 0 of each hour, on the one node that claims it. */
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void onSchedule() {
        if (!scheduledWork.claim("daily e-mails", 0)) {
            return;
        }
        int sent = send(Instant.now(clock).atZone(UkTime.ZONE).getHour());
        if (sent > 0) {
            LOG.info(() -> sent + " daily e-mail(s) queued");
        }
    }

    /** Queues the digests due at this hour (UK time) — what the schedule does at minute 0; for an administrator to redo an hour. */
    @RolesAllowed(ADMIN)
    public int sendForHour(int hour) {
        if (hour < 0 || hour > 23) {
            throw new InvalidInputException("hour", HOUR_RULE);
        }
        return send(hour);
    }

    /** Queues today's digest for everyone on a daily e-mail, whatever their hour (an administrator's "send now"). */
    @RolesAllowed(ADMIN)
    public int sendNow() {
        return send(null);
    }

    private int send(Integer hour) {
        Instant now = Instant.now(clock);
        MailDefaults defaults = outbox.defaults();
        String onDigest = defaults.getDelivery() == Delivery.DIGEST ? "(p.delivery = :digest or p.delivery is null)" : "p.delivery = :digest";
        // At the region's default hour also those who chose none. (Not coalesce(p.digestHour, :default): EclipseLink
        // typed that parameter as a boolean and every scheduled run failed.)
        String atHour = hour == null ? "" : hour == defaults.getDigestHour()
                ? " and (p.digestHour = :hour or p.digestHour is null)" : " and p.digestHour = :hour";
        var query = em.createQuery("select p from MailPreference p where p.verifiedAt is not null and p.address is not null and "
                + onDigest + atHour, MailPreference.class)
                .setParameter("digest", Delivery.DIGEST);
        if (hour != null) {
            query.setParameter("hour", hour);
        }
        List<MailPreference> people = query.getResultList();
        if (people.isEmpty()) {
            return 0;
        }
        Instant dayAgo = now.minus(Duration.ofDays(1));
        Map<String, List<Notice>> notices = em.createQuery("select n from Notice n where n.recipient in :names and n.createdAt > :since "
                        + "order by n.createdAt, n.id", Notice.class)
                .setParameter("names", people.stream().map(MailPreference::getUsername).toList())
                .setParameter("since", dayAgo).getResultList().stream()
                .collect(Collectors.groupingBy(Notice::getRecipient));
        LocalDate today = LocalDate.ofInstant(now, UkTime.ZONE);
        int sent = 0;
        for (MailPreference p : people) {
            Instant since = p.getLastDigestAt() == null || p.getLastDigestAt().isBefore(dayAgo) ? dayAgo : p.getLastDigestAt();
            List<Notice> theirs = notices.getOrDefault(p.getUsername(), List.of()).stream()
                    .filter(n -> n.getCreatedAt().isAfter(since)).toList();
            if (!theirs.isEmpty() && outbox.queue("digest:" + p.getUsername() + ":" + today, MailKind.DIGEST, p.getUsername(),
                    p.getAddress(), composer.digest(MailComposer.entries(theirs)), now) != null) {
                p.digestSent(now);
                sent++;
            }
        }
        return sent;
    }
}
