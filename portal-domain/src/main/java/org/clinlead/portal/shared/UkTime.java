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
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    /** A day as people in the UK write it: "10 December 2026". */
    public static String format(java.time.LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** The UK day of an instant, written as {@link #format(java.time.LocalDate)}. */
    public static String format(java.time.Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(ZONE).toLocalDate());
    }

    public static Clock clock() {
        return Clock.system(ZONE);
    }
}
