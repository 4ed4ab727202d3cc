package org.clinlead.portal.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One line of a monthly figures file ({@code organisation code, target code, month, value}: {@code RZG,RTT-ADM,2026-10,
 * 88.4}) checked on its own: every problem in one sentence with its line number, in words a performance manager
 * understands. Whether the month is already held, or repeated in the file, is for the import to say.
 */
public record FigureRow(int line, String organisationCode, String targetCode, LocalDate month, BigDecimal value,
        List<String> problems) {

    /**
     * Checks {@code fields} against the known {@code targets} (by code), the organisations (what is wrong with a code,
     * in words, or null when it is one the caller may load) and this month ({@code thisMonth}).
     */
    public static FigureRow check(int line, String[] fields, Map<String, OperatingTarget> targets,
            Function<String, String> organisationProblem, YearMonth thisMonth) {
        List<String> problems = new ArrayList<>();
        if (fields.length != 4) {
            problems.add("has " + fields.length + " values; a line is organisation code, target code, month, value");
            return new FigureRow(line, null, null, null, null, describe(line, problems));
        }
        String organisation = fields[0].strip().toUpperCase(Locale.ROOT);
        String code = fields[1].strip().toUpperCase(Locale.ROOT);
        OperatingTarget target = targets.get(code);
        if (organisation.isEmpty()) {
            problems.add("has no organisation code");
        } else {
            String problem = organisationProblem.apply(organisation);
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (target == null) {
            problems.add("names a target \"" + trimmed(code) + "\" that is not in the list of targets");
        }
        LocalDate month = null;
        try {
            YearMonth ym = YearMonth.parse(fields[2].strip());
            if (ym.isAfter(thisMonth)) {
                problems.add("is for " + ym + ", a month still to come");
            } else if (ym.getYear() < 2000) {
                problems.add("is for " + ym + ", before 2000");
            } else {
                month = ym.atDay(1);
            }
        } catch (DateTimeParseException e) {
            problems.add("has the month \"" + trimmed(fields[2].strip()) + "\"; write it as 2026-10");
        }
        BigDecimal value = null;
        try {
            value = new BigDecimal(fields[3].strip());
            if (value.signum() < 0) {
                problems.add("has a negative figure");
            } else if (target != null && target.getUnit() == TargetUnit.PERCENT && value.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add("has a percentage above 100");
            } else if (target != null && target.getUnit() == TargetUnit.COUNT && value.stripTrailingZeros().scale() > 0) {
                problems.add("has a count that is not a whole number");
            } else if (value.stripTrailingZeros().scale() > 2 || value.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
                problems.add("has a figure with more than two decimal places or above a thousand million");
            }
        } catch (NumberFormatException e) {
            problems.add("has the figure \"" + trimmed(fields[3].strip()) + "\", which is not a number");
        }
        return new FigureRow(line, organisation, code, month, value, describe(line, problems));
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    private static List<String> describe(int line, List<String> problems) {
        return problems.isEmpty() ? List.of() : List.of("Line " + line + " " + String.join(", ", problems) + ".");
    }

    /** A value quoted back to the person, cut to 40 characters. */
    public static String trimmed(String s) {
        return s.length() > 40 ? s.substring(0, 39) + "…" : s;
    }
}
