package org.clinlead.portal.setup;

import static org.clinlead.portal.people.Roles.ADMIN;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.shared.RuleViolationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An online backup of the embedded Derby database while the portal runs (Derby's own backup procedure, a consistent
 * copy while people keep working), with the stored papers and evidence files beside it:
 * {@code <portal.backup.dir>/<UTC time>/derby} and its file folders. Files are never changed once written (they are
 * named by their content), so copying them after the database makes a complete set for it. {@code bin/restore} puts a
 * backup into an empty data directory. On PostgreSQL, {@code bin/backup} uses {@code pg_dump} instead.
 */
@Stateless
@RolesAllowed(ADMIN)
public class Backups {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    @Resource(lookup = "java:app/jdbc/portal")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "portal.data.dir")
    private String dataDir;

    @Inject
    @ConfigProperty(name = "portal.backup.dir")
    private Optional<String> backupDir;

    @Inject
    private AuditRecorder audit;

    @Inject
    private Clock clock;

    /** At most one backup a minute: a script in a loop must not fill the disk. */
    private static final java.time.Duration SPACING = java.time.Duration.ofMinutes(1);
    private static final java.util.concurrent.atomic.AtomicReference<Instant> LAST = new java.util.concurrent.atomic.AtomicReference<>();

    public BackupSummary backUp() {
        Instant started = Instant.now(clock);
        Instant last = LAST.get();
        if (last != null && last.plus(SPACING).isAfter(started) || !LAST.compareAndSet(last, started)) {
            throw new RuleViolationException("A backup was taken less than a minute ago; use that one, or try again in a minute.");
        }
        Path root = Path.of(backupDir.orElse(Path.of(dataDir, "backups").toString())).toAbsolutePath();
        Path target = root.resolve(STAMP.format(started));
        try (Connection c = dataSource.getConnection()) {
            if (!c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("derby")) {
                throw new RuleViolationException("This portal runs on " + c.getMetaData().getDatabaseProductName()
                        + ": back it up with bin/backup (pg_dump), not from inside the portal.");
            }
            Files.createDirectories(target);
            try (CallableStatement backup = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, target.toString());
                backup.execute();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be backed up to " + target + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicLong files = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        copyFiles(Path.of(dataDir).toAbsolutePath(), root, target, files, bytes);
        long millis = java.time.Duration.between(started, Instant.now(clock)).toMillis();
        audit.record(AuditAction.CREATED, "backup", target.getFileName().toString(), "Online backup to " + target + " (" + files + " files, " + millis + " ms)");
        return new BackupSummary(target.toString(), started, files.get(), bytes.get(), millis);
    }

    /** Every folder of stored files in the data directory (not the database, the backups or the logs). */
    private static void copyFiles(Path data, Path backupRoot, Path target, AtomicLong files, AtomicLong bytes) {
        if (!Files.isDirectory(data)) {
            return;
        }
        try (Stream<Path> folders = Files.list(data)) {
            for (Path folder : folders.filter(Files::isDirectory).filter(f -> f.getFileName().toString().matches("[a-z]+"))
                    .filter(f -> !f.getFileName().toString().equals("derby") && !f.toAbsolutePath().equals(backupRoot)
                            && !f.getFileName().toString().equals("backups")).toList()) {
                try (Stream<Path> stored = Files.walk(folder)) {
                    for (Path file : stored.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".part")).toList()) {
                        Path copy = target.resolve(data.relativize(file).toString());
                        Files.createDirectories(copy.getParent());
                        Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                        files.incrementAndGet();
                        bytes.addAndGet(Files.size(copy));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The stored files could not be copied to " + target, e);
        }
    }
}
