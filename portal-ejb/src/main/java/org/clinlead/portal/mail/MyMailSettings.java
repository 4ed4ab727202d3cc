package org.clinlead.portal.mail;

import java.io.Serializable;
import java.time.Instant;

/**
 * A person's e-mail settings as they see them: their address and whether it is checked, their choice (null: the
 * default), and the default it falls back on.
 */
public record MyMailSettings(String address, Instant checkedAt, Instant checkLinkSentAt, Delivery delivery, Integer digestHour,
        Delivery defaultDelivery, int defaultDigestHour, boolean serverSetUp, long version) implements Serializable {

    public boolean isChecked() {
        return address != null && checkedAt != null;
    }

    public boolean isAwaitingCheck() {
        return address != null && checkedAt == null;
    }

    public Delivery effectiveDelivery() {
        return delivery == null ? defaultDelivery : delivery;
    }

    public int effectiveDigestHour() {
        return digestHour == null ? defaultDigestHour : digestHour;
    }
}
