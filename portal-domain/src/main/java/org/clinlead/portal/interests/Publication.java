package org.clinlead.portal.interests;

import java.time.LocalDate;

/**
 * When a declaration is on the public register and when it is due for disposal: an interest stays
 * public while current and for {@value #PUBLIC_MONTHS_AFTER_END} months after it ends, unless withheld;
 * a nil return is public for its year; records are kept {@value #KEEP_YEARS_AFTER_END} years after they
 * end and then flagged for disposal (never shown publicly again).
 */
public final class Publication {

    public static final int PUBLIC_MONTHS_AFTER_END = 6;
    public static final int KEEP_YEARS_AFTER_END = 6;

    private Publication() {
    }

    public static boolean isPublic(Declaration d, LocalDate today) {
        if (d.isWithheld()) {
            return false;
        }
        if (d.isNilReturn()) {
            return d.getYear() == today.getYear();
        }
        return d.getToDate() == null || !d.getToDate().isBefore(today.minusMonths(PUBLIC_MONTHS_AFTER_END));
    }

    /** The earliest end date that is still public on {@code today}: the query form of {@link #isPublic}. */
    public static LocalDate publicSince(LocalDate today) {
        return today.minusMonths(PUBLIC_MONTHS_AFTER_END);
    }

    public static boolean isDueForDisposal(Declaration d, LocalDate today) {
        LocalDate end = d.isNilReturn() ? LocalDate.of(d.getYear(), 12, 31) : d.getToDate();
        return end != null && end.isBefore(today.minusYears(KEEP_YEARS_AFTER_END));
    }
}
