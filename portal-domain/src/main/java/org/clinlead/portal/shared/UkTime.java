package org.clinlead.portal.shared;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The region's time zone: dates people see and type (a meeting's day, a declaration's year, a term's end)
 * are UK dates; instants are stored in UTC. One constant, so the zone is spelled once.
 */
public final class UkTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private UkTime() {
    }

    /** The system clock in UK time, for boundaries that need today's date. */
    public static Clock clock() {
        return Clock.system(ZONE);
    }
}
