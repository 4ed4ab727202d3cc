package org.clinlead.portal.mail;

import static org.clinlead.portal.people.Roles.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Lists;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.StaleRecordException;

/**
 * The outbox for administrators: what was sent, what waits, what failed (with why), a retry for a failed message,
 * and the default way notices reach people who have not chosen.
 */
@Stateless
@RolesAllowed(ADMIN)
public class OutboxAdmin {

    static final String RECORD = "e-mail";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditRecorder audit;

    @Inject
    private MailServer server;

    /** Newest first; filters {@code status} (QUEUED, SENT, FAILED, HELD…) and {@code to} (part of a username or address). */
    public Page<OutboxLine> list(PageRequest request) {
        String status = request.filter("status");
        if (status != null) {
            parseStatus(status);
        }
        return new Lists<>(em, OutboxMail.class,
                Map.of("queuedAt", r -> r.get("queuedAt"), "status", r -> r.get("status"), "recipient", r -> r.get("recipient")),
                Map.of("status", (cb, r) -> v -> cb.equal(r.get("status"), parseStatus(v)),
                        "to", (cb, r) -> v -> cb.or(Lists.contains(cb, r.get("recipient"), v), Lists.contains(cb, r.get("address"), v))),
                "queuedAt", false)
                .page(request).map(OutboxLine::of);
    }

    public OutboxCounts counts() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (Object[] row : em.createQuery("select m.status, count(m) from OutboxMail m group by m.status", Object[].class).getResultList()) {
            counts.put((MailStatus) row[0], (Long) row[1]);
        }
        MailDefaults d = em.find(MailDefaults.class, MailDefaults.ONLY);
        return new OutboxCounts(counts, server.describe(), server.isSetUp(), d.getDelivery(), d.getDigestHour(), d.getVersion());
    }

    /** Queues a message that was not sent once more, with a fresh day of attempts. */
    public OutboxLine retry(long id) {
        OutboxMail mail = Records.find(em, OutboxMail.class, id, RECORD, LockModeType.PESSIMISTIC_WRITE);
        mail.retry(Instant.now(clock));
        audit.record(AuditAction.UPDATED, RECORD, id, "E-mail to " + mail.getAddress() + " queued again");
        return OutboxLine.of(mail);
    }

    /** The default for everyone who has not chosen; {@code version} as read, so two administrators cannot collide. */
    public OutboxCounts changeDefaults(Delivery delivery, Integer digestHour, long version) {
        MailDefaults d = em.find(MailDefaults.class, MailDefaults.ONLY, LockModeType.PESSIMISTIC_WRITE);
        if (d.getVersion() != version) {
            throw new StaleRecordException("default for notices");
        }
        d.change(delivery, digestHour);
        audit.record(AuditAction.UPDATED, "mail default", MailDefaults.ONLY, "Notices by default: "
                + delivery.label().toLowerCase(Locale.ROOT) + ", daily e-mail at " + digestHour + ":00");
        em.flush();
        return counts();
    }

    private static MailStatus parseStatus(String value) {
        try {
            return MailStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "Choose a status: QUEUED, SENDING, SENT, FAILED or HELD.");
        }
    }
}
