package org.clinlead.portal.mail;

import java.io.Serializable;
import java.util.Map;

/** How many messages stand in each state, and where mail goes (in words). */
public record OutboxCounts(Map<MailStatus, Long> byStatus, String server, boolean serverSetUp, Delivery defaultDelivery,
        int defaultDigestHour, long defaultsVersion) implements Serializable {

    public long count(MailStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }
}
