package org.clinlead.portal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.clinlead.portal.notices.NoticesLeft;

/**
 * Passes notices on by e-mail, in the transaction that left them, to each recipient whose notices come as they
 * happen and who has a checked address. Those on the daily digest get theirs from {@link MailDigests}.
 */
@ApplicationScoped
public class NoticeMail {

    @Inject
    private Outbox outbox;

    @Inject
    private MailComposer composer;

    void onNotices(@Observes NoticesLeft left) {
        if (!left.mail()) {
            return;
        }
        Map<String, MailPreference> preferences = outbox.preferencesOf(left.recipients());
        if (preferences.isEmpty()) {
            return;
        }
        MailDefaults defaults = outbox.defaults();
        MailComposer.Letter letter = null;
        for (String recipient : left.recipients()) {
            MailPreference p = preferences.get(recipient);
            if (p != null && p.isReachable() && p.deliveryOr(defaults.getDelivery()) == Delivery.IMMEDIATE) {
                letter = letter != null ? letter : composer.notice(left.subject(), left.body(), left.link(), left.shareable());
                outbox.queue("notice:" + recipient + ":" + left.key(), MailKind.NOTICE, recipient, p.getAddress(), letter, left.at());
            }
        }
    }
}
