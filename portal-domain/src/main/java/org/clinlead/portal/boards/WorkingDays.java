package org.clinlead.portal.boards;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working-day arithmetic for pack deadlines (Monday to Friday; bank holidays are not known to the portal). */
public final class WorkingDays {

    /** Packs are published this many working days before the meeting unless the secretary sets otherwise. */
    public static final int PACK_NOTICE = 5;

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
}
