package org.clinlead.portal.mail;

import java.io.Serializable;
import java.time.Instant;

/**
 * A person's e-mail settings as they see them: their address and whether it is checked, their choice ({@code delivery}
 * null: the default), what applies to them now, and the default it falls back on.
 */
public record MyMailSettings(String address, boolean checked, boolean awaitingCheck, Instant checkedAt, Instant checkLinkSentAt,
        Delivery delivery, Integer digestHour, Delivery effectiveDelivery, int effectiveDigestHour, Delivery defaultDelivery,
        int defaultDigestHour, boolean serverSetUp, long version) implements Serializable {

    static MyMailSettings of(MailPreference p, MailDefaults d, boolean serverSetUp) {
        return new MyMailSettings(p.getAddress(), p.isReachable(), p.isAwaitingCheck(), p.getVerifiedAt(), p.getTokenSentAt(),
                p.getDelivery(), p.getDigestHour(), p.deliveryOr(d.getDelivery()), p.digestHourOr(d.getDigestHour()),
                d.getDelivery(), d.getDigestHour(), serverSetUp, p.getVersion());
    }
}
