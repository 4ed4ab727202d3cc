package org.clinlead.portal.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The sender: every few seconds ({@code portal.mail.poll-seconds}, 10 by default) it delivers the messages that are
 * due, one claim at a time, after the transactions that wrote them have committed. Failures wait and are tried again
 * (the {@link RetryPolicy}); a message still failing after a day is given up and shown as failed. Without a mail
 * server nothing is queued, so nothing runs.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private OutboxClaims claims;

    @Inject
    private MailServer server;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        if (!server.isSetUp()) {
            LOG.info(server::describe);
            return;
        }
        long every = ConfigProvider.getConfig().getOptionalValue("portal.mail.poll-seconds", Long.class).orElse(10L) * 1000;
        timers.createIntervalTimer(every, every, new TimerConfig("mail outbox", false));
        LOG.info(() -> server.describe() + " Outbox checked every " + every / 1000 + " s.");
    }

    @Timeout
    void deliver() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int abandoned = claims.abandonStale();
            if (abandoned > 0) {
                LOG.warning(() -> abandoned + " message(s) were being sent when the portal stopped; shown as not sent");
            }
            for (long id : claims.due()) {
                OutboxMail mail = claims.claim(id);
                if (mail != null) {
                    attempt(mail);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The mail outbox could not be worked through; trying again shortly", e);
        } finally {
            running.set(false);
        }
    }

    private void attempt(OutboxMail mail) {
        try {
            server.send(mail);
        } catch (jakarta.mail.MessagingException | RuntimeException e) {
            String why = describe(e);
            boolean gaveUp = claims.failed(mail.getId(), why);
            LOG.log(gaveUp ? Level.WARNING : Level.FINE, () -> "Message " + mail.getId() + " to " + mail.getRecipient()
                    + (gaveUp ? " given up after " + mail.getAttempts() + " attempts: " : " not sent, will retry: ") + why);
            return;
        }
        claims.sent(mail.getId());
    }

    private static String describe(Exception e) {
        StringBuilder why = new StringBuilder();
        for (Throwable t = e; t != null && why.length() < 400; t = t.getCause()) {
            if (t.getMessage() != null && !why.toString().contains(t.getMessage())) {
                why.append(why.length() == 0 ? "" : ": ").append(t.getMessage());
            }
        }
        return why.length() == 0 ? e.getClass().getSimpleName() : why.toString();
    }
}
