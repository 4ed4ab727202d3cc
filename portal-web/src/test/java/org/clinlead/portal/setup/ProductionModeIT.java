package org.clinlead.portal.setup;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.clinlead.portal.testing.Api.Answer;
import org.clinlead.portal.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * Production mode as an operator meets it: the real WAR on Payara Micro started the way the run
 * command starts it, configured by environment variables only, on a Derby database on disk.
 */
class ProductionModeIT {

    private static final Path TARGET = Path.of(System.getProperty("portal.test.dir", "target"));

    @Test
    void withoutAnAdministratorPasswordThePortalRefusesToStart() throws Exception {
        Path data = Files.createTempDirectory(TARGET, "production-no-password");
        Process server = start(data, Map.of("PORTAL_MODE", "production"), freePort());
        try {
            assertThat(server.waitFor(180, TimeUnit.SECONDS)).as("the process stops by itself").isTrue();
            assertThat(server.exitValue()).isNotZero();
            assertThat(Files.readString(data.resolve("server.log")))
                    .contains("THE PORTAL REFUSES TO START").contains("PORTAL_ADMIN_PASSWORD");
        } finally {
            server.destroyForcibly();
        }
    }

    @Test
    void aWeakAdministratorPasswordIsRefusedToo() throws Exception {
        Path data = Files.createTempDirectory(TARGET, "production-weak-password");
        Process server = start(data, Map.of("PORTAL_MODE", "production", "PORTAL_ADMIN_PASSWORD", "password1234"), freePort());
        try {
            assertThat(server.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(data.resolve("server.log"))).contains("too weak").contains("too common");
        } finally {
            server.destroyForcibly();
        }
    }

    @Test
    void withAStrongPasswordTheFirstAdministratorIsCreatedAndNoDemoDataIsSeeded() throws Exception {
        Path data = Files.createTempDirectory(TARGET, "production-ok");
        int port = freePort();
        Process server = start(data, Map.of("PORTAL_MODE", "production", "PORTAL_ADMIN_PASSWORD", "Orchard-Velvet-Signal-58",
                "PORTAL_OIDC_REQUIRED", "true"), port);
        try {
            Api api = Api.at(new URL("http://127.0.0.1:" + port + "/"));
            waitUntilUp(api, server, data);
            Answer basic = api.as("admin", "Orchard-Velvet-Signal-58").get("api/v1/me");
            assertThat(basic.status()).as("production takes no passwords on the API").isEqualTo(401);
            assertThat(basic.json().getString("detail")).contains("token");
            Api admin = api.withToken(tokenMadeOnThePage(api, port, "admin", "Orchard-Velvet-Signal-58"));
            assertThat(admin.get("api/v1/me").json().getJsonArray("roles").getString(0)).isEqualTo("ADMIN");
            assertThat(api.as("regional.md", "Northdale-Demo-2026").get("api/v1/me").status()).as("no demo accounts").isEqualTo(401);
            assertThat(admin.get("api/v1/organisations").json().getJsonNumber("total").longValue())
                    .as("no demo organisations").isZero();
            assertThat(api.get("login.xhtml").body()).doesNotContain("Demo mode");
            assertThat(Files.isDirectory(data.resolve("derby"))).as("the database is on disk where configured").isTrue();

            // Everyone signs in through the organisation; the break-glass administrator (above) alone keeps a password.
            Answer jo = admin.post("api/v1/users", "{\"username\":\"jo.bloggs\",\"displayName\":\"Jo Bloggs\",\"password\":"
                    + "\"Lantern-Harbour-Quiet-72\",\"roles\":[\"BOARD_MEMBER\"]}");
            assertThat(jo.status()).as(jo.body()).isEqualTo(201);
            Answer refused = signInOnThePage(api, port, "jo.bloggs", "Lantern-Harbour-Quiet-72");
            assertThat(refused.status()).as("not signed in").isEqualTo(200);
            assertThat(refused.body()).contains("This portal signs you in through your organisation");
        } finally {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /**
     * The restore drill: a backup taken while a writer keeps declaring interests, restored by bin/restore into a new
     * data directory, a portal started on it: every table holds what the backup held, every write acknowledged
     * before the backup is there, the audit chain verifies and papers open. And the outbox survives: an e-mail that
     * could not go before the backup goes once from the restored portal; one already sent is not sent again.
     */
    @Test
    void aBackupTakenWhilePeopleWorkRestoresIntoANewDataDirectoryWhole() throws Exception {
        Path data = Files.createTempDirectory(TARGET, "drill-live");
        int port = freePort();
        int smtpPort = freePort();
        com.icegreen.greenmail.util.GreenMail smtp = new com.icegreen.greenmail.util.GreenMail(
                new com.icegreen.greenmail.util.ServerSetup(smtpPort, "127.0.0.1", "smtp"));
        smtp.start();
        Map<String, String> environment = Map.of("PORTAL_MODE", "demo", "PORTAL_SMTP_HOST", "127.0.0.1",
                "PORTAL_SMTP_PORT", String.valueOf(smtpPort), "PORTAL_SMTP_TLS", "none", "PORTAL_MAIL_POLL_SECONDS", "1",
                "PORTAL_MAIL_FIRST_RETRY", "PT1S", "PORTAL_MAIL_GIVE_UP_AFTER", "PT10M", "PORTAL_BASE_URL", "https://portal.region.example/");
        Process server = start(data, environment, port);
        Api api = Api.at(new URL("http://127.0.0.1:" + port + "/"));
        List<Long> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Path backup;
        long paper;
        long drillStarted = System.nanoTime();
        java.time.Instant[] backupTime = new java.time.Instant[1];
        try {
            waitUntilUp(api, server, data);
            Api admin = api.withTokenOf("admin");
            long version = admin.get("api/v1/me/mail").json().getJsonNumber("version").longValue();
            Answer first = admin.put("api/v1/me/mail/address", "{\"address\":\"first@region.example\",\"version\":" + version + "}");
            assertThat(first.status()).as(first.body()).isEqualTo(200);
            org.clinlead.portal.testing.Mailbox.awaitOutbox(admin, "first@region.example", "SENT", "verify-email", 30);
            smtp.stop();
            Answer second = admin.put("api/v1/me/mail/address", "{\"address\":\"second@region.example\",\"version\":"
                    + first.json().getJsonNumber("version").longValue() + "}");
            assertThat(second.status()).as(second.body()).isEqualTo(200);
            org.clinlead.portal.testing.Mailbox.awaitOutbox(admin, "second@region.example", "QUEUED", "verify-email", 30);
            Api member = api.withTokenOf("board.member");
            Thread writer = new Thread(() -> {
                for (int i = 0; writing.get(); i++) {
                    Answer made = member.post("api/v1/declarations", "{\"type\":\"NON_FINANCIAL_PERSONAL\",\"outsideBody\":"
                            + "\"Restore drill\",\"description\":\"drill " + i + "\",\"fromDate\":\"" + java.time.LocalDate.now()
                            + "\",\"actionTaken\":\"None needed\"}");
                    if (made.status() == 201) {
                        acknowledged.add(made.json().getJsonNumber("id").longValue());
                    }
                }
            });
            writer.start();
            Thread.sleep(1500);
            List<Long> beforeBackup = List.copyOf(acknowledged);
            backupTime[0] = java.time.Instant.now();
            Answer taken = api.as("admin").post("api/v1/backups", "");
            writing.set(false);
            writer.join(30_000);
            assertThat(taken.status()).as(taken.body()).isEqualTo(200);
            assertThat(api.as("admin").post("api/v1/backups", "").status()).as("one a minute at most").isEqualTo(409);
            assertThat(api.as("board.member").post("api/v1/backups", "").status()).isEqualTo(403);
            assertThat(beforeBackup).as("writes were going on").isNotEmpty();
            backup = Path.of(taken.json().getString("directory"));
            assertThat(taken.json().getJsonNumber("files").longValue()).as("papers and evidence").isPositive();
            JsonObject board = api.as("admin").get("api/v1/boards").json().getJsonArray("items").getJsonObject(0);
            paper = api.as("admin").get("api/v1/meetings/" + board.getJsonNumber("nextMeetingId")).json().getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream().flatMap(i -> i.getJsonArray("papers").getValuesAs(JsonObject.class).stream())
                    .filter(p -> !p.getBoolean("confidential")).findFirst().orElseThrow().getJsonNumber("id").longValue();
            acknowledged.retainAll(beforeBackup);
        } finally {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
        long backupTaken = System.nanoTime();

        Path restored = TARGET.resolve("drill-restored-" + System.nanoTime());
        Process restore = new ProcessBuilder("bash", Path.of(System.getProperty("portal.root", "..")).resolve("bin/restore").toString(),
                backup.toString(), restored.toString()).redirectErrorStream(true).start();
        String restoreOutput = new String(restore.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(restore.waitFor()).as(restoreOutput).isZero();
        Map<String, Long> inBackup = rowCounts(restored.resolve("derby"));
        Map<String, java.time.Instant> runsInBackup = scheduledRuns(restored.resolve("derby"));
        assertThat(inBackup.get("DECLARATION")).isPositive();

        int again = freePort();
        smtp = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(smtpPort, "127.0.0.1", "smtp"));
        smtp.start();
        Process node = start(restored, environment, again);
        Api restoredApi = Api.at(new URL("http://127.0.0.1:" + again + "/"));
        try {
            waitUntilUp(restoredApi, node, restored);
            long ready = System.nanoTime();
            System.out.printf("Restore drill: backup taken and restored, node ready %.1f s after the backup%n", (ready - backupTaken) / 1e9);
            for (long id : acknowledged) {
                assertThat(restoredApi.as("board.member").get("api/v1/declarations/" + id + "/history").status())
                        .as("declaration " + id + ", acknowledged before the backup").isEqualTo(200);
            }
            JsonObject chain = restoredApi.as("admin").get("api/v1/audit/verify").json();
            assertThat(chain.getBoolean("valid")).as(chain.toString()).isTrue();
            Answer pdf = restoredApi.as("regional.md").getWithAccept("api/v1/papers/" + paper + "/content", "application/pdf");
            assertThat(pdf.status()).as("a paper opens on the restored node").isEqualTo(200);
            org.clinlead.portal.testing.Mailbox.awaitOutbox(restoredApi.as("admin"), "second@region.example", "SENT", "verify-email", 30);
            Thread.sleep(3_000); // more rounds of the sender
            List<String> toAdmin = java.util.Arrays.stream(smtp.getReceivedMessages()).map(ProductionModeIT::describe)
                    .filter(m -> m.contains("@region.example")).toList();
            assertThat(toAdmin).as("what waited goes once; what had gone does not go again").hasSize(1);
            assertThat(toAdmin.get(0)).contains("second@region.example").contains("Check your e-mail address");
        } finally {
            node.destroy();
            node.waitFor(60, TimeUnit.SECONDS);
            smtp.stop();
        }
        Map<String, Long> afterStart = rowCounts(restored.resolve("derby"));
        Map<String, Long> changed = new java.util.TreeMap<>();
        inBackup.forEach((table, rows) -> {
            if (!rows.equals(afterStart.get(table))) {
                changed.put(table, afterStart.get(table) - rows);
            }
        });
        // An hourly job that came due after the backup runs on the restored node, as it must (with its notices): a job's
        // slot then is newer than the backup (less the timers' 10-s tick). One that had run before the backup must not
        // run again.
        Map<String, java.time.Instant> runsAfter = scheduledRuns(restored.resolve("derby"));
        List<String> allowed = new ArrayList<>(List.of("AUDIT_ENTRY", "AUDIT_HEAD", "API_TOKEN", "PAPER_READ", "MAIL_OUTBOX"));
        runsAfter.forEach((job, slot) -> {
            if (!slot.equals(runsInBackup.get(job))) {
                assertThat(slot).as(job + " ran on the restored node for a slot due before the backup")
                        .isAfter(backupTime[0].minusSeconds(10));
                allowed.addAll(List.of("SCHEDULED_RUN", "NOTICE"));
            }
        });
        assertThat(changed.keySet()).as("tables whose rows the restored node changed: " + changed + " (drill took "
                + (System.nanoTime() - drillStarted) / 1_000_000_000 + " s)").isSubsetOf(allowed);
    }

    private static String describe(jakarta.mail.internet.MimeMessage m) {
        try {
            return java.util.Arrays.toString(m.getAllRecipients()) + " " + m.getSubject() + " " + m.getMessageID() + " "
                    + m.getSentDate();
        } catch (jakarta.mail.MessagingException e) {
            return e.toString();
        }
    }

    /** Each scheduled job's latest run (its slot), read straight from the database directory (the portal stopped). */
    private static Map<String, java.time.Instant> scheduledRuns(Path derby) throws Exception {
        return stopped(derby, c -> {
            Map<String, java.time.Instant> runs = new java.util.TreeMap<>();
            try (java.sql.Statement st = c.createStatement();
                    java.sql.ResultSet rs = st.executeQuery("select job, max(slot) from scheduled_run group by job")) {
                while (rs.next()) {
                    runs.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                }
            }
            return runs;
        });
    }

    /** The rows of every table of the portal's schema, read straight from the database directory (the portal stopped). */
    private static Map<String, Long> rowCounts(Path derby) throws Exception {
        return stopped(derby, c -> {
            Map<String, Long> counts = new java.util.TreeMap<>();
            List<String> tables = new ArrayList<>();
            try (java.sql.ResultSet rs = c.getMetaData().getTables(null, "APP", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery("select count(*) from \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            return counts;
        });
    }

    private interface Reading<T> {
        T from(java.sql.Connection connection) throws java.sql.SQLException;
    }

    /** Opens a stopped portal's Derby directory, reads it, and shuts that database down again. */
    private static <T> T stopped(Path derby, Reading<T> reading) throws java.sql.SQLException {
        String url = "jdbc:derby:" + derby.toAbsolutePath();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url)) {
            return reading.from(c);
        } finally {
            try {
                java.sql.DriverManager.getConnection(url + ";shutdown=true");
            } catch (java.sql.SQLException shutDown) {
                // Derby answers a clean shutdown with an exception (08006)
            }
        }
    }

    /** Signs in on the sign-in page as a browser does, then makes an API token with that session, as a person would. */
    private static String tokenMadeOnThePage(Api api, int port, String username, String password) {
        String origin = "http://127.0.0.1:" + port;
        Answer signedIn = signInOnThePage(api, port, username, password);
        assertThat(signedIn.status()).as("signed in and sent on").isEqualTo(302);
        String session = sessionCookie(signedIn);
        Answer token = api.send("POST", "api/v1/tokens", "application/json", ("{\"name\":\"Set-up script\",\"expiresOn\":\""
                + java.time.LocalDate.now().plusDays(7) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("Cookie", session, "Origin", origin));
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        return token.json().getString("secret");
    }

    /** The sign-in form sent as a browser sends it: the page's answer (302 when signed in). */
    private static Answer signInOnThePage(Api api, int port, String username, String password) {
        String origin = "http://127.0.0.1:" + port;
        Answer page = api.get("login.xhtml");
        // Nobody gets a session before signing in (issue 17: a script loading the page in a loop filled the heap).
        assertThat(page.headers().allValues("Set-Cookie")).as("the sign-in page opens no session")
                .noneMatch(c -> c.startsWith("JSESSIONID="));
        String html = page.body();
        String state = field(html, "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
        String nonce = field(html, "nonce=\"([^\"]*)\"");
        String form = "signIn=signIn&signIn%3Ausername=" + username + "&signIn%3Apassword=" + password + "&signIn%3Asubmit="
                + "&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(state, java.nio.charset.StandardCharsets.UTF_8)
                + "&primefaces.nonce=" + java.net.URLEncoder.encode(nonce, java.nio.charset.StandardCharsets.UTF_8);
        return api.send("POST", "login.xhtml", "application/x-www-form-urlencoded",
                form.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of("Origin", origin));
    }

    private static String sessionCookie(Answer answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private static String field(String html, String pattern) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(html);
        assertThat(m.find()).as(pattern).isTrue();
        return m.group(1);
    }

    private static Process start(Path data, Map<String, String> environment, int port) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx320m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=50", "-XX:TrimNativeHeapInterval=5000", "-Dhazelcast.phone.home.enabled=false", "-Djava.io.tmpdir=" + TARGET.toAbsolutePath(),
                "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("portal.war"), "--contextroot", "/",
                "--nohazelcast", "--port", String.valueOf(port),
                "--prebootcommandfile", System.getProperty("portal.preboot")));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("server.log").toFile());
        builder.environment().put("PORTAL_DATA_DIR", data.toAbsolutePath().toString());
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static void waitUntilUp(Api api, Process server, Path data) throws Exception {
        for (int i = 0; i < 180; i++) {
            if (!server.isAlive()) {
                throw new AssertionError("The server stopped: " + Files.readString(data.resolve("server.log")));
            }
            try {
                if (api.get("login.xhtml").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The server did not come up in 3 minutes");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
