package org.clinlead.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScheduledWorkTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void theSlotDueIsTheLatestJobMinuteAtOrBeforeNow() {
        assertThat(ScheduledWork.slot(Instant.parse("2026-12-01T10:06:59Z"), HOUR, 7)).isEqualTo(Instant.parse("2026-12-01T09:07:00Z"));
        assertThat(ScheduledWork.slot(Instant.parse("2026-12-01T10:07:00Z"), HOUR, 7)).isEqualTo(Instant.parse("2026-12-01T10:07:00Z"));
        assertThat(ScheduledWork.slot(Instant.parse("2026-12-01T10:59:59Z"), HOUR, 0)).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(ScheduledWork.slot(Instant.parse("2026-12-01T00:03:00Z"), HOUR, 37)).isEqualTo(Instant.parse("2026-11-30T23:37:00Z"));
    }

    @Test
    void aShorterPeriodScalesTheMinute() {
        Duration twenty = Duration.ofSeconds(20);
        // minute 30 of an hour is half-way through the period: 10 s into each 20 s.
        assertThat(ScheduledWork.slot(Instant.parse("2026-12-01T10:00:09Z"), twenty, 30)).isEqualTo(Instant.parse("2026-11-30T23:59:50Z").plus(Duration.ofHours(10)));
        assertThat(ScheduledWork.slot(Instant.parse("2026-12-01T10:00:10Z"), twenty, 30)).isEqualTo(Instant.parse("2026-12-01T10:00:10Z"));
        assertThat(ScheduledWork.slot(Instant.parse("2026-12-01T10:00:29.999Z"), twenty, 30)).isEqualTo(Instant.parse("2026-12-01T10:00:10Z"));
    }
}
