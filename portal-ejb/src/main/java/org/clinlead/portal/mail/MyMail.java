package org.clinlead.portal.mail;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.ASPIRING_LEADER;
import static org.clinlead.portal.people.Roles.BOARD_MEMBER;
import static org.clinlead.portal.people.Roles.BOARD_SECRETARY;
import static org.clinlead.portal.people.Roles.COMMISSIONER;
import static org.clinlead.portal.people.Roles.MEDICAL_DIRECTOR;
import static org.clinlead.portal.people.Roles.MENTOR;
import static org.clinlead.portal.people.Roles.PROGRAMME_MANAGER;
import static org.clinlead.portal.people.Roles.PROVIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.people.ApiToken;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.StaleRecordException;

/**
 * "My notifications": a person's own e-mail address (checked by a link sent to it before anything else goes
 * there), and how their notices reach them — as they happen, in a daily digest at the hour they choose, or not at all.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class MyMail {

    static final String RECORD = "e-mail settings";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private AuditRecorder audit;

    @Inject
    private Outbox outbox;

    @Inject
    private MailComposer composer;

    @Inject
    private MailServer server;

    public MyMailSettings mine() {
        List<MailPreference> found = em.createQuery("select p from MailPreference p where p.username = :me", MailPreference.class)
                .setParameter("me", caller.name()).getResultList();
        return view(found.isEmpty() ? new MailPreference(caller.name()) : found.get(0));
    }

    /**
     * A new address (blank removes it): a link to check it goes there at once, and nothing else does until it is
     * opened. {@code version} is the one the person saw, so a change made meanwhile elsewhere is not overwritten.
     */
    public MyMailSettings changeAddress(String address, long version) {
        MailPreference p = locked(version);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes());
        Instant now = Instant.now(clock);
        if (p.changeAddress(address, ApiToken.hash(token), now)) {
            sendCheck(p, token, now);
            audit.record(AuditAction.UPDATED, RECORD, p.getId(), caller.name() + " gave a new e-mail address; a check link was sent");
        } else if (p.getAddress() == null) {
            audit.record(AuditAction.UPDATED, RECORD, p.getId(), caller.name() + " removed their e-mail address");
        }
        return view(p);
    }

    /** Sends the check link again (a new one; the last stops working). */
    public MyMailSettings sendCheckAgain(long version) {
        MailPreference p = locked(version);
        if (!p.isAwaitingCheck()) {
            throw new InvalidInputException("address", "There is no address waiting for its check: give one first.");
        }
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes());
        Instant now = Instant.now(clock);
        String address = p.getAddress();
        p.changeAddress(null, null, now);
        p.changeAddress(address, ApiToken.hash(token), now);
        sendCheck(p, token, now);
        return view(p);
    }

    /** Opens the check link: the caller's address is checked when the token is the one last sent to it. */
    public MyMailSettings verify(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new InvalidInputException("token", "This link is not complete. Open it exactly as it is in the e-mail.");
        }
        List<MailPreference> found = em.createQuery("select p from MailPreference p where p.username = :me", MailPreference.class)
                .setParameter("me", caller.name()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (found.isEmpty()) {
            throw new org.clinlead.portal.shared.RuleViolationException("You have not given an e-mail address. Give one in My notifications.");
        }
        MailPreference p = found.get(0);
        p.verify(ApiToken.hash(token.strip()), Instant.now(clock));
        audit.record(AuditAction.UPDATED, RECORD, p.getId(), caller.name() + " checked their e-mail address");
        return view(p);
    }

    /** How notices reach the caller: {@code delivery} null for the portal's default; the hour for a daily e-mail. */
    public MyMailSettings choose(Delivery delivery, Integer digestHour, long version) {
        MailPreference p = locked(version);
        p.choose(delivery, delivery == Delivery.DIGEST ? digestHour : null);
        audit.record(AuditAction.UPDATED, RECORD, p.getId(), caller.name() + " chose notices " + (delivery == null ? "as the default"
                : delivery.label().toLowerCase(java.util.Locale.ROOT)) + (delivery == Delivery.DIGEST ? " at " + digestHour + ":00" : ""));
        return view(p);
    }

    private void sendCheck(MailPreference p, String token, Instant now) {
        outbox.queue("check:" + p.getUsername() + ":" + ApiToken.hash(token), MailKind.VERIFICATION, p.getUsername(), p.getAddress(),
                composer.addressCheck(token), now);
    }

    private MailPreference locked(long version) {
        List<MailPreference> found = em.createQuery("select p from MailPreference p where p.username = :me", MailPreference.class)
                .setParameter("me", caller.name()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (found.isEmpty()) {
            if (version != 0) {
                throw new StaleRecordException(RECORD);
            }
            MailPreference created = new MailPreference(caller.name());
            em.persist(created);
            try {
                em.flush();
            } catch (jakarta.persistence.PersistenceException e) {
                throw new StaleRecordException(RECORD); // the same person's other request made them at this moment
            }
            return created;
        }
        if (found.get(0).getVersion() != version) {
            throw new StaleRecordException(RECORD);
        }
        return found.get(0);
    }

    /** The settings as saved: flushed first, so the version is the one the next change must send. */
    private MyMailSettings view(MailPreference p) {
        if (em.contains(p)) {
            em.flush();
        }
        return MyMailSettings.of(p, outbox.defaults(), server.isSetUp());
    }

    private static byte[] bytes() {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        return random;
    }
}
