package org.clinlead.portal.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One line of a practice-data file — practice code, indicator code, period, numerator, denominator — checked
 * against what the portal knows. Every problem of the line is said at once, in words, with its line number.
 */
public record ProfileRow(long practiceId, long indicatorId, String period, long numerator, long denominator) {

    /** The largest count accepted: ten million (a practice list is at most 200,000 people). */
    public static final long COUNT_MAX = 10_000_000L;

    /** What a line is checked against. */
    public interface Known {

        /** The practice's id, if the code is a GP practice the importer may load data for. */
        Optional<Long> practice(String code);

        /** Why the practice cannot be loaded (unknown, or outside the importer's area). */
        String practiceProblem(String code);

        Optional<IndicatorFacts> indicator(String code);
    }

    /** What a line needs to know about an indicator. */
    public record IndicatorFacts(long id, IndicatorKind kind, PeriodType periodType) {
    }

    /** The outcome of checking one line: a row, or the problems found. */
    public record Checked(ProfileRow row, List<String> problems) {

        public boolean ok() {
            return row != null;
        }
    }

    /** Checks the fields of line {@code line} (the header being line 1). */
    public static Checked check(long line, List<String> fields, Known known) {
        List<String> problems = new ArrayList<>();
        if (fields.size() != 5) {
            return new Checked(null, List.of("Line " + line + ": expected 5 values (practice code, indicator code, period, "
                    + "numerator, denominator), found " + fields.size() + "."));
        }
        String practiceCode = fields.get(0).strip().toUpperCase(java.util.Locale.ROOT);
        String indicatorCode = fields.get(1).strip().toUpperCase(java.util.Locale.ROOT);
        Optional<Long> practice = known.practice(practiceCode);
        if (practice.isEmpty()) {
            problems.add(known.practiceProblem(shown(practiceCode)));
        }
        Optional<IndicatorFacts> indicator = known.indicator(indicatorCode);
        if (indicator.isEmpty()) {
            problems.add("there is no indicator " + shown(indicatorCode) + " in the catalogue");
        }
        String period = null;
        if (indicator.isPresent()) {
            PeriodType type = indicator.get().periodType();
            period = type.parse(fields.get(2)).orElse(null);
            if (period == null) {
                problems.add("the period " + shown(fields.get(2).strip()) + " is not " + type.shape());
            }
        }
        Long numerator = count(fields.get(3), "numerator", problems);
        Long denominator = count(fields.get(4), "denominator", problems);
        if (denominator != null && denominator == 0) {
            problems.add("the denominator is 0 (no patients to count)");
        }
        if (numerator != null && denominator != null && denominator > 0 && indicator.isPresent()
                && indicator.get().kind() == IndicatorKind.PROPORTION && numerator > denominator) {
            problems.add("the numerator (" + numerator + ") is above the denominator (" + denominator + ") of a proportion");
        }
        if (!problems.isEmpty()) {
            return new Checked(null, List.of("Line " + line + ": " + String.join("; ", problems) + "."));
        }
        return new Checked(new ProfileRow(practice.get(), indicator.get().id(), period, numerator, denominator), List.of());
    }

    private static Long count(String text, String name, List<String> problems) {
        String t = text.strip();
        if (t.isEmpty()) {
            problems.add("the " + name + " is missing");
            return null;
        }
        if (!t.matches("-?\\d{1,12}")) {
            problems.add("the " + name + " " + shown(t) + " is not a whole number");
            return null;
        }
        long v = Long.parseLong(t);
        if (v < 0) {
            problems.add("the " + name + " is negative (" + v + ")");
            return null;
        }
        if (v > COUNT_MAX) {
            problems.add("the " + name + " (" + v + ") is above " + COUNT_MAX);
            return null;
        }
        return v;
    }

    /** A value quoted for a message, cut to 40 characters so a runaway cell does not flood the report. */
    private static String shown(String value) {
        return "\"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\"";
    }
}
