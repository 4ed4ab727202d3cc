package org.clinlead.portal.projects;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clinlead.portal.shared.InvalidInputException;

/**
 * Reads a series pasted from a spreadsheet (tab-separated) or a CSV file: a date and a value per row, an
 * optional header. Every row is checked and reported by line, so a person can fix the file; nothing is
 * saved unless every row is right.
 */
final class SeriesImport {

    static final int MAX_ROWS = 10_000;
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu");

    private SeriesImport() {
    }

    static List<ImportRow> read(String text, Set<LocalDate> existing) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("data", "There is nothing to import: paste the rows (date and value) or "
                    + "choose a CSV file.");
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf('\t') >= 0 ? '\t' : firstLine.indexOf(';') >= 0 ? ';' : ',';
        List<ImportRow> rows = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get())) {
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw new InvalidInputException("data", "At most " + MAX_ROWS + " rows can be imported at once; "
                            + "split the file.");
                }
                int line = (int) parser.getCurrentLineNumber();
                String raw = String.join(String.valueOf(delimiter), record.toList());
                if (rows.isEmpty() && seen.isEmpty() && looksLikeHeader(record)) {
                    continue;
                }
                rows.add(check(line, raw, record, seen, existing));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidInputException("data", "The data could not be read as rows of date and value.");
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException("data", "There are no data rows, only a header.");
        }
        return rows;
    }

    private static ImportRow check(int line, String raw, CSVRecord record, Set<LocalDate> seen, Set<LocalDate> existing) {
        if (record.size() < 2) {
            return new ImportRow(line, raw, null, null, "Row " + line + ": needs a date and a value, separated by a comma "
                    + "or a tab.");
        }
        LocalDate date = date(record.get(0));
        if (date == null) {
            return new ImportRow(line, raw, null, null, "Row " + line + ": \"" + record.get(0) + "\" is not a date; use "
                    + "2026-03-31 or 31/03/2026.");
        }
        Double value;
        try {
            value = Double.valueOf(record.get(1).replace(",", ""));
        } catch (NumberFormatException e) {
            return new ImportRow(line, raw, date, null, "Row " + line + ": \"" + record.get(1) + "\" is not a number.");
        }
        if (!Double.isFinite(value)) {
            return new ImportRow(line, raw, date, null, "Row " + line + ": \"" + record.get(1) + "\" is not a usable "
                    + "number (it is infinite or not a number).");
        }
        if (!seen.add(date)) {
            return new ImportRow(line, raw, date, value, "Row " + line + ": " + date + " appears twice in the data.");
        }
        if (existing.contains(date)) {
            return new ImportRow(line, raw, date, value, "Row " + line + ": the measure already has a value for " + date
                    + ".");
        }
        return new ImportRow(line, raw, date, value, null);
    }

    private static boolean looksLikeHeader(CSVRecord record) {
        return date(record.get(0)) == null && (record.size() < 2 || !isNumber(record.get(1)));
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.strip(), UK);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
