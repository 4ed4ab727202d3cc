package org.clinlead.portal.targets;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.COMMISSIONER;
import static org.clinlead.portal.people.Roles.PROVIDER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.shared.DuplicateValueException;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.UkTime;

/**
 * Monthly figures from a CSV file ({@code organisation code, target code, month, value}), all or nothing: every line
 * is checked ({@link FigureRow}), a month repeated in the file or already held is refused (a month's figure is
 * written once), and only when no line is wrong (and it is not a preview) the rows are written in JDBC batches in the
 * one transaction and every series they touch is read again ({@link SeriesReader}). A commissioner or provider loads
 * their own organisation's figures; an administrator any organisation's.
 */
@Stateless
@RolesAllowed({ADMIN, COMMISSIONER, PROVIDER})
public class TargetImport {

    /** A national file of 300 organisations × 10 targets × 24 months is about 2 MB. */
    static final int MAX_BYTES = 16 * 1024 * 1024;
    private static final int BATCH = 5_000;
    private static final Logger LOG = Logger.getLogger(TargetImport.class.getName());

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource(lookup = "java:app/jdbc/portal")
    private DataSource dataSource;

    @Inject
    private TargetAccess access;

    @Inject
    private SeriesReader series;

    @Inject
    private AuditRecorder audit;

    @Inject
    private Clock clock;

    /** A line that passed every check, ready to write. */
    private record Row(long line, long targetId, long organisationId, LocalDate month, java.math.BigDecimal value) {
    }

    /** Checks the file and, unless {@code preview}, saves it when every line is right. */
    public FiguresReport load(InputStream csv, boolean preview) {
        if (csv == null) {
            throw new InvalidInputException("file", "Choose the CSV file of monthly figures to import.");
        }
        Long mine = access.loadsFor();
        Map<String, OperatingTarget> targets = new HashMap<>();
        em.createQuery("select t from OperatingTarget t", OperatingTarget.class).getResultList().forEach(t -> targets.put(t.getCode(), t));
        Map<String, Long> organisations = new HashMap<>();
        em.createQuery("select o.nationalCode, o.id from Organisation o", Object[].class).getResultList()
                .forEach(r -> organisations.put((String) r[0], (Long) r[1]));
        YearMonth thisMonth = YearMonth.now(clock.withZone(UkTime.ZONE));
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long[] problemLines = {0};
        Map<String, Long> firstLine = new HashMap<>();
        try (Reader reader = reader(csv); CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber();
                String[] fields = record.values();
                if (fields.length == 1 && fields[0].isBlank()) {
                    continue;
                }
                if (line == 1 && fields[0].replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).startsWith("organisation")) {
                    continue;
                }
                FigureRow row = FigureRow.check((int) line, fields, targets, code -> organisationProblem(code, organisations, mine),
                        thisMonth);
                if (!row.isValid()) {
                    problem(problems, problemLines, row.problems().get(0));
                    continue;
                }
                long targetId = targets.get(row.targetCode()).getId();
                long organisationId = organisations.get(row.organisationCode());
                String key = targetId + "|" + organisationId + "|" + row.month();
                Long earlier = firstLine.putIfAbsent(key, line);
                if (earlier != null) {
                    problem(problems, problemLines, "Line " + line + " repeats the figure of " + row.organisationCode() + " for "
                            + row.targetCode() + " in " + YearMonth.from(row.month()) + " (line " + earlier + ").");
                    continue;
                }
                rows.add(new Row(line, targetId, organisationId, row.month(), row.value()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("file", "The file cannot be read as CSV (a quote may be left open, or it is not "
                    + "UTF-8 text). Export it from the spreadsheet as CSV (UTF-8) again.");
        }
        if (rows.isEmpty() && problemLines[0] == 0) {
            throw new InvalidInputException("file", "The file has no rows of figures (after the heading line).");
        }
        alreadyHeld(rows, targets, organisations, problems, problemLines);
        Set<Long> orgs = new HashSet<>();
        Set<Long> targetIds = new HashSet<>();
        TreeSet<LocalDate> months = new TreeSet<>();
        for (Row r : rows) {
            orgs.add(r.organisationId());
            targetIds.add(r.targetId());
            months.add(r.month());
        }
        String first = months.isEmpty() ? null : YearMonth.from(months.first()).toString();
        String last = months.isEmpty() ? null : YearMonth.from(months.last()).toString();
        if (problemLines[0] > 0 || preview) {
            return new FiguresReport(false, preview, rows.size(), orgs.size(), targetIds.size(), first, last, 0, 0,
                    problemLines[0], List.copyOf(problems));
        }
        long started = System.nanoTime();
        write(rows);
        Set<SeriesReader.Key> touched = new HashSet<>();
        rows.forEach(r -> touched.add(new SeriesReader.Key(r.targetId(), r.organisationId())));
        SeriesReader.Outcome read = series.read(touched);
        LOG.info(() -> String.format("Target figures imported: %d rows, %d series read in %d ms", rows.size(), touched.size(),
                (System.nanoTime() - started) / 1_000_000));
        audit.record(AuditAction.CREATED, "target figures", null, "Target figures imported: " + rows.size() + " rows, "
                + orgs.size() + " organisations, " + targetIds.size() + " targets, " + first + " to " + last + "; "
                + read.exceptions() + " of " + read.series() + " series read are exceptions");
        return new FiguresReport(true, false, rows.size(), orgs.size(), targetIds.size(), first, last, read.series(),
                read.exceptions(), 0, List.of());
    }

    private static String organisationProblem(String code, Map<String, Long> organisations, Long mine) {
        Long id = organisations.get(code);
        if (id == null) {
            return "names an organisation \"" + FigureRow.trimmed(code) + "\" that is not in the portal";
        }
        if (mine != null && !mine.equals(id)) {
            return "is for " + code + ", which is not your organisation";
        }
        return null;
    }

    private static void problem(List<String> problems, long[] count, String text) {
        count[0]++;
        if (problems.size() < FiguresReport.SHOWN) {
            problems.add(text);
        }
    }

    /** Months already held for a target and organisation in the file are refused, each by its line. */
    private void alreadyHeld(List<Row> rows, Map<String, OperatingTarget> targets, Map<String, Long> organisations,
            List<String> problems, long[] problemLines) {
        if (rows.isEmpty()) {
            return;
        }
        LocalDate from = rows.stream().map(Row::month).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = rows.stream().map(Row::month).max(LocalDate::compareTo).orElseThrow();
        Set<Long> targetIds = new HashSet<>();
        rows.forEach(r -> targetIds.add(r.targetId()));
        Map<String, java.math.BigDecimal> held = new HashMap<>();
        for (Object[] f : em.createQuery("select f.target.id, f.organisation.id, f.month, f.value from TargetFigure f "
                + "where f.target.id in :targets and f.month between :from and :to", Object[].class)
                .setParameter("targets", targetIds).setParameter("from", from).setParameter("to", to).getResultList()) {
            held.put(f[0] + "|" + f[1] + "|" + f[2], (java.math.BigDecimal) f[3]);
        }
        if (held.isEmpty()) {
            return;
        }
        Map<Long, String> targetCodes = new HashMap<>();
        targets.values().forEach(t -> targetCodes.put(t.getId(), t.getCode()));
        Map<Long, String> orgCodes = new HashMap<>();
        organisations.forEach((code, id) -> orgCodes.put(id, code));
        rows.removeIf(r -> {
            java.math.BigDecimal value = held.get(r.targetId() + "|" + r.organisationId() + "|" + r.month());
            if (value == null) {
                return false;
            }
            problem(problems, problemLines, "Line " + r.line() + ": the figure of " + orgCodes.get(r.organisationId()) + " for "
                    + targetCodes.get(r.targetId()) + " in " + YearMonth.from(r.month()) + " is already held ("
                    + value.stripTrailingZeros().toPlainString() + "); a month's figure is imported once.");
            return true;
        });
    }

    private void write(List<Row> rows) {
        em.flush();
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("insert into target_figure (target_id, organisation_id, "
                        + "figure_month, figure_value) values (?, ?, ?, ?)")) {
            int pending = 0;
            for (Row r : rows) {
                insert.setLong(1, r.targetId());
                insert.setLong(2, r.organisationId());
                insert.setDate(3, java.sql.Date.valueOf(r.month()));
                insert.setBigDecimal(4, r.value());
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            if (org.clinlead.portal.shared.Persistence.uniqueKeyRefused(e)) {
                throw new DuplicateValueException("file", "Another import of figures for the same organisations, targets and "
                        + "months finished while this one was saving. Nothing of this file was saved; check it again.");
            }
            throw new IllegalStateException("The target figures could not be saved", e);
        }
    }

    private static Reader reader(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_BYTES) {
                throw new InvalidInputException("file", "The file is larger than " + MAX_BYTES / 1024 / 1024
                        + " MB. Split it by month and import the parts.");
            }
        }
        return new InputStreamReader(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
