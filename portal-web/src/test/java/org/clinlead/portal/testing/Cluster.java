package org.clinlead.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The portal as a cluster, started by {@code bin/cluster} exactly as on a developer's machine: PostgreSQL, two Payara
 * Micro nodes clustered through the data grid, HAProxy in front. On ports of its own, so it cannot meet a portal
 * that happens to run on 8080.
 */
public final class Cluster implements AutoCloseable {

    public static final int PORT = 18080;
    public static final int NODE_PORT = 18081;
    public static final int PG_PORT = 55434;
    private static final int GRID_PORT = 15910;
    /** How long a slot of scheduled work lasts in the cluster drill (an hour in real use). */
    public static final java.time.Duration PERIOD = java.time.Duration.ofSeconds(20);

    private final Path root = Path.of(System.getProperty("portal.root", "..")).toAbsolutePath().normalize();
    private final Path dir;

    private Cluster(Path dir) {
        this.dir = dir;
    }

    /** Starts everything on an empty database and waits until HAProxy and both nodes answer. */
    public static Cluster start() {
        try {
            // Under target/, so that a clean build removes it (PostgreSQL's files, the nodes' logs).
            Cluster cluster = new Cluster(Files.createTempDirectory(Path.of(System.getProperty("portal.test.dir", "target")),
                    "cluster"));
            cluster.run(List.of("start", cluster.dir.toString()), 600);
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address HAProxy answers on. */
    public URL base() {
        return url(PORT);
    }

    /** One node's own address, past HAProxy. */
    public URL node(int n) {
        return url(NODE_PORT + n - 1);
    }

    /** kill -9, as a crash. */
    public void kill(int n) {
        run(List.of("kill", String.valueOf(n), dir.toString()), 30);
    }

    /** Starts node {@code n} again and waits until it is ready. */
    public void restart(int n) {
        run(List.of("node", String.valueOf(n), dir.toString()), 600);
    }

    public String log(int n) {
        try {
            return Files.readString(dir.resolve("node" + n).resolve("portal.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cluster's database, directly. */
    public Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + PG_PORT + "/portal", "portal", "portal");
    }

    /**
     * {@code bin/backup} as an operator runs it against the cluster's database (pg_dump, plus the shared files), then
     * {@code bin/restore} of that backup into the empty database {@code database} and the folder {@code files}.
     * Returns the backup's folder.
     */
    public Path backUpAndRestoreInto(String database, Path files) {
        try (Connection db = database(); java.sql.Statement sql = db.createStatement()) {
            sql.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Path backups = dir.resolve("backups");
        script(List.of("bin/backup"), Map.of("PORTAL_DB_NAME", "portal", "PORTAL_BACKUP_DIR", backups.toString()), 120);
        Path backup;
        try (var found = Files.list(backups)) {
            backup = found.max(java.util.Comparator.naturalOrder()).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        script(List.of("bin/restore", backup.toString(), files.toString()), Map.of("PORTAL_DB_NAME", database), 120);
        return backup;
    }

    /** The cluster's shared folder of papers and evidence. */
    public Path files() {
        return dir.resolve("files");
    }

    private void script(List<String> command, Map<String, String> environment, int seconds) {
        List<String> full = new java.util.ArrayList<>(List.of("bash"));
        full.addAll(command);
        full.set(1, root.resolve(command.get(0)).toString());
        ProcessBuilder builder = new ProcessBuilder(full).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("portal-web/target/cluster.log").toFile()));
        builder.environment().putAll(Map.of("PORTAL_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource",
                "PORTAL_DB_SERVER", "127.0.0.1", "PORTAL_DB_PORT", String.valueOf(PG_PORT), "PORTAL_DB_USER", "portal",
                "PORTAL_DB_PASSWORD", "portal", "PORTAL_DATA_DIR", files().toString()));
        builder.environment().putAll(environment);
        finish(builder, seconds);
    }

    @Override
    public void close() {
        run(List.of("stop", dir.toString()), 120);
    }

    private void run(List<String> arguments, int seconds) {
        List<String> command = new java.util.ArrayList<>(List.of("bash", root.resolve("bin/cluster").toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("portal-web/target/cluster.log").toFile()));
        builder.environment().putAll(Map.of("CLUSTER_NO_BUILD", "1", "CLUSTER_PORT", String.valueOf(PORT),
                "CLUSTER_NODE_PORT", String.valueOf(NODE_PORT), "CLUSTER_PG_PORT", String.valueOf(PG_PORT),
                "CLUSTER_GRID_PORT", String.valueOf(GRID_PORT), "PORTAL_SCHEDULE_PERIOD", PERIOD.toString(),
                // Started three times in the drill, on two cores shared with the load: the quick compiler alone starts
                // each node seconds sooner, and the drill measures survival, not speed.
                "CLUSTER_JAVA_OPTIONS", "-Xmx768m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"));
        finish(builder, seconds);
    }

    private static void finish(ProcessBuilder builder, int seconds) {
        try {
            Process process = builder.start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", builder.command()) + " took over " + seconds + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", builder.command()) + " failed (portal-web/target/cluster.log)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URL url(int port) {
        try {
            return new URL("http://127.0.0.1:" + port + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
