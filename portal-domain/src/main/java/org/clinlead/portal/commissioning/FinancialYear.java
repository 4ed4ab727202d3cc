package org.clinlead.portal.commissioning;

import java.time.LocalDate;
import java.time.Month;
import org.clinlead.portal.shared.WorkingDays;

/** An NHS financial year, April to March, named by the year it starts in ("2026/27"), and its quarters. */
public record FinancialYear(int startYear) {

    /** A quarter's return is due this many working days after the quarter ends. */
    public static final int SUBMISSION_WORKING_DAYS = 20;

    public static FinancialYear of(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    /** Quarter 1 (April–June) to 4 (January–March). */
    public Quarter quarter(int number) {
        if (number < 1 || number > 4) {
            throw new org.clinlead.portal.shared.InvalidInputException("quarter", "A quarter is 1 to 4.");
        }
        return new Quarter(this, number);
    }

    /** One quarter of the year, with the deadline for its return. */
    public record Quarter(FinancialYear year, int number) {

        public LocalDate start() {
            return year.start().plusMonths(3L * (number - 1));
        }

        public LocalDate end() {
            return start().plusMonths(3).minusDays(1);
        }

        /** The return is due 20 working days after the quarter ends. */
        public LocalDate deadline() {
            return WorkingDays.after(end(), SUBMISSION_WORKING_DAYS);
        }

        public boolean hasEnded(LocalDate today) {
            return today.isAfter(end());
        }

        public boolean isLate(LocalDate submittedOn) {
            return submittedOn.isAfter(deadline());
        }

        public String label() {
            return "Q" + number + " " + year.label();
        }
    }
}
