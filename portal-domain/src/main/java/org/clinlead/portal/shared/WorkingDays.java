package org.clinlead.portal.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working-day arithmetic for deadlines — board packs, quarterly returns (Monday to Friday; bank holidays are
 * not known to the portal).
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The working day {@code days} working days before {@code date}. */
    public static LocalDate before(LocalDate date, int days) {
        LocalDate d = date;
        int left = days;
        while (left > 0) {
            d = d.minusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }

    /** The working day {@code days} working days after {@code date}. */
    public static LocalDate after(LocalDate date, int days) {
        LocalDate d = date;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }
}
