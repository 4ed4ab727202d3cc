package org.clinlead.portal.strategy;

import java.time.LocalDate;
import java.time.YearMonth;

/** A financial quarter (April to June is Q1): "2026/27 Q3". Comparable by time. */
public record Quarter(int startYear, int number) implements Comparable<Quarter> {

    public static Quarter of(YearMonth month) {
        int m = month.getMonthValue();
        int startYear = m >= 4 ? month.getYear() : month.getYear() - 1;
        return new Quarter(startYear, m >= 4 ? (m - 4) / 3 + 1 : 4);
    }

    public static Quarter of(LocalDate day) {
        return of(YearMonth.from(day));
    }

    /** The quarter of a yyyymm month number, as the read model keeps it. */
    public static Quarter ofMonthNumber(int yyyymm) {
        return of(YearMonth.of(yyyymm / 100, yyyymm % 100));
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1).plusMonths((number - 1) * 3L);
    }

    /** The day after the quarter. */
    public LocalDate end() {
        return firstDay().plusMonths(3);
    }

    public Quarter previous() {
        return of(firstDay().minusDays(1));
    }

    public String label() {
        return yearLabel() + " Q" + number;
    }

    /** The financial year the quarter is in: "2026/27". */
    public String yearLabel() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(Quarter o) {
        return startYear != o.startYear ? Integer.compare(startYear, o.startYear) : Integer.compare(number, o.number);
    }

    @Override
    public String toString() {
        return label();
    }
}
