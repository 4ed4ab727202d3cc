package org.clinlead.portal.profiles;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clinlead.portal.shared.InvalidInputException;

/**
 * The two passes over a practice-values file kept on disk: {@link #check} reads every line and says what is wrong
 * with it (counting practices, indicators and periods, finding repeated keys with a bit set per indicator and period
 * rather than keeping rows), and {@link #write} inserts the rows in JDBC batches in the caller's transaction,
 * deleting any value already held for the same key first.
 */
@jakarta.enterprise.context.Dependent
public class PracticeValuesFile {

    private static final int BATCH = 5_000;
    private static final int MAX_PERIODS = 64;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource(lookup = "java:app/jdbc/portal")
    private DataSource dataSource;

    /** What the first pass learnt. */
    static final class Pass {
        long rows;
        long problemLines;
        final List<String> problems = new ArrayList<>();
        final Set<Long> practices = new HashSet<>();
        final Set<Long> indicators = new HashSet<>();
        final Set<String> periods = new TreeSet<>();
        /** Per indicator and period, which practices the file holds (by dense index): finds repeats without keeping rows. */
        final Map<String, BitSet> seen = new HashMap<>();

        void problem(String text) {
            problemLines++;
            if (problems.size() < ImportReport.SHOWN) {
                problems.add(text);
            }
        }

        ImportReport report(boolean saved, boolean preview, long replaced) {
            return new ImportReport(saved, preview, rows, practices.size(), indicators.size(), List.copyOf(periods), replaced,
                    problemLines, List.copyOf(problems));
        }
    }

    Pass check(Path file, Long area) throws IOException {
        Map<String, long[]> practices = new HashMap<>();
        for (Object[] r : em.createQuery("select o.nationalCode, p.id, p.commissioner.id from Practice p join p.organisation o",
                Object[].class).getResultList()) {
            practices.put((String) r[0], new long[] {(Long) r[1], (Long) r[2], practices.size()});
        }
        Map<String, ProfileRow.IndicatorFacts> indicators = new HashMap<>();
        for (ProfileIndicator i : em.createQuery("select i from ProfileIndicator i", ProfileIndicator.class).getResultList()) {
            indicators.put(i.getCode(), new ProfileRow.IndicatorFacts(i.getId(), i.getKind(), i.getPeriodType()));
        }
        Map<Long, Integer> dense = new HashMap<>();
        practices.values().forEach(p -> dense.put(p[0], (int) p[2]));
        ProfileRow.Known known = new ProfileRow.Known() {
            @Override
            public Optional<Long> practice(String code) {
                long[] p = practices.get(code);
                return p == null || area != null && p[1] != area ? Optional.empty() : Optional.of(p[0]);
            }

            @Override
            public String practiceProblem(String code) {
                String raw = code.substring(1, code.length() - 1);
                return practices.containsKey(raw) ? "the practice " + code + " is not in your area"
                        : "there is no GP practice " + code + " in the portal";
            }

            @Override
            public Optional<ProfileRow.IndicatorFacts> indicator(String code) {
                return Optional.ofNullable(indicators.get(code));
            }
        };
        Pass pass = new Pass();
        try (Reader reader = reader(file); CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber();
                List<String> fields = record.toList();
                if (fields.size() == 1 && fields.get(0).isBlank()) {
                    continue;
                }
                if (line == 1 && fields.get(0).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).startsWith("practice")) {
                    continue;
                }
                ProfileRow.Checked checked = ProfileRow.check(line, fields, known);
                if (!checked.ok()) {
                    checked.problems().forEach(pass::problem);
                    continue;
                }
                ProfileRow row = checked.row();
                pass.periods.add(row.period());
                if (pass.periods.size() > MAX_PERIODS) {
                    throw new InvalidInputException("file", "The file holds more than " + MAX_PERIODS
                            + " periods. Split it by period and import the parts.");
                }
                BitSet bits = pass.seen.computeIfAbsent(row.indicatorId() + "|" + row.period(), k -> new BitSet());
                int index = dense.get(row.practiceId());
                if (bits.get(index)) {
                    pass.problem("Line " + line + ": the value for practice " + fields.get(0).strip() + ", indicator "
                            + fields.get(1).strip() + ", " + row.period() + " appears earlier in the file too.");
                    continue;
                }
                bits.set(index);
                pass.rows++;
                pass.practices.add(row.practiceId());
                pass.indicators.add(row.indicatorId());
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("file", "The file cannot be read as CSV (a quote may be left open, or it is not "
                    + "UTF-8 text). Export it from the spreadsheet as CSV (UTF-8) again.");
        }
        return pass;
    }

    private static Reader reader(Path file) throws IOException {
        return new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** The second pass: rows in batches; values already held for the same key are deleted first. Returns how many. */
    long write(Path file, Pass pass) throws IOException {
        Map<String, Long> indicatorIds = new HashMap<>();
        Map<Long, PeriodType> periodTypes = new HashMap<>();
        for (ProfileIndicator i : em.createQuery("select i from ProfileIndicator i", ProfileIndicator.class).getResultList()) {
            indicatorIds.put(i.getCode(), i.getId());
            periodTypes.put(i.getId(), i.getPeriodType());
        }
        Map<String, Long> practiceIds = new HashMap<>();
        em.createQuery("select o.nationalCode, p.id from Practice p join p.organisation o", Object[].class).getResultList()
                .forEach(r -> practiceIds.put((String) r[0], (Long) r[1]));
        em.flush();
        try (Connection c = dataSource.getConnection()) {
            Set<String> withValues = new HashSet<>();
            try (PreparedStatement count = c.prepareStatement("select count(*) from profile_value where indicator_id = ? and period = ?")) {
                for (String key : pass.seen.keySet()) {
                    int bar = key.indexOf('|');
                    count.setLong(1, Long.parseLong(key.substring(0, bar)));
                    count.setString(2, key.substring(bar + 1));
                    try (ResultSet rs = count.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            withValues.add(key);
                        }
                    }
                }
            }
            long replaced = 0;
            int pending = 0;
            try (Reader reader = reader(file); CSVParser parser = CSVFormat.RFC4180.parse(reader);
                    PreparedStatement delete = c.prepareStatement("delete from profile_value where indicator_id = ? and period = ? "
                            + "and practice_id = ?");
                    PreparedStatement insert = c.prepareStatement("insert into profile_value (practice_id, indicator_id, period, "
                            + "numerator, denominator) values (?, ?, ?, ?, ?)")) {
                for (CSVRecord record : parser) {
                    List<String> f = record.toList();
                    if (f.size() != 5) {
                        continue;
                    }
                    Long indicator = indicatorIds.get(f.get(1).strip().toUpperCase(Locale.ROOT));
                    Long practice = practiceIds.get(f.get(0).strip().toUpperCase(Locale.ROOT));
                    if (indicator == null || practice == null) {
                        continue; // the heading line: every other line passed the check
                    }
                    String period = periodTypes.get(indicator).parse(f.get(2)).orElseThrow();
                    if (withValues.contains(indicator + "|" + period)) {
                        delete.setLong(1, indicator);
                        delete.setString(2, period);
                        delete.setLong(3, practice);
                        delete.addBatch();
                    }
                    insert.setLong(1, practice);
                    insert.setLong(2, indicator);
                    insert.setString(3, period);
                    insert.setLong(4, Long.parseLong(f.get(3).strip()));
                    insert.setLong(5, Long.parseLong(f.get(4).strip()));
                    insert.addBatch();
                    if (++pending == BATCH) {
                        replaced += sum(delete.executeBatch());
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    replaced += sum(delete.executeBatch());
                    insert.executeBatch();
                }
            }
            return replaced;
        } catch (SQLException e) {
            if (org.clinlead.portal.shared.Persistence.uniqueKeyRefused(e)) {
                throw new org.clinlead.portal.shared.DuplicateValueException("file", "Another import of values for the same "
                        + "practices, indicators and periods finished while this one was saving. Nothing of this file was "
                        + "saved: import it again to replace them.");
            }
            throw new IllegalStateException("The practice values could not be saved", e);
        }
    }

    private static long sum(int[] counts) {
        long total = 0;
        for (int n : counts) {
            total += Math.max(0, n);
        }
        return total;
    }
}
