package org.clinlead.portal.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.clinlead.portal.hardening.Operations.Operation;
import org.clinlead.portal.testing.Api.Answer;
import org.clinlead.portal.testing.Api;
import org.clinlead.portal.testing.Demo;
import org.clinlead.portal.testing.InContainer;
import org.clinlead.portal.testing.Loopback;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal as an attacker and a careless script meet it, in sweeps that find a class of defect rather than
 * one instance: every API operation × a table of hostile values (no 5xx, every 4xx a problem answer, type
 * errors named by field, nothing accepted); every operation × every role and no sign-in against one
 * written table of who may; one account's many parallel calls; personal API tokens; the record-level
 * answers (403 when the caller may know the record, 404 when not, refusals audited).
 */
@ExtendWith(ArquillianExtension.class)
class HardeningIT extends org.clinlead.portal.security.BoundarySecurityChecks {

    /** An id no record has: requests reach every check but change nothing. */
    private static final String NO_RECORD = "999999";

    /**
     * The real WAR prepared for tests inside the server ({@link InContainer}): the boundary checks this class inherits
     * run there; the sweeps below run as a client ({@code @RunAsClient}), over HTTP, as before.
     */
    @Deployment
    static WebArchive deployment() {
        return InContainer.archive().addPackage(HardeningIT.class.getPackage())
                .addClasses(org.clinlead.portal.security.BoundarySecurityChecks.class, Api.class, Loopback.class);
    }

    @ArquillianResource
    private URL base;

    private Api api;

    @BeforeEach
    void connect() {
        if (base != null) { // null inside the server, where the inherited boundary checks run
            api = Api.at(base);
        }
    }

    private Operations operations() {
        URL portal = org.clinlead.portal.testing.Loopback.accepting(base);
        URL root;
        try {
            root = new URL(portal.getProtocol(), portal.getHost(), portal.getPort(), "/");
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        // Payara serves the OpenAPI document at the server's root, whatever the application's context.
        Answer document = Api.at(root).getWithAccept("openapi", "application/json");
        assertThat(document.status()).isEqualTo(200);
        return Operations.parse(document.body());
    }

    // ---- malformed input ------------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void everyOperationRefusesEveryHostileValueWithAProblemAnswerAndStoresNothing() {
        Api admin = api.withTokenOf("admin");
        long changesBefore = changes(admin);
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger requests = new AtomicInteger();
        Operations ops = operations();
        int bodyOps = 0;
        for (Operation op : ops.all()) {
            if (op.takesJson()) {
                bodyOps++;
                for (Map.Entry<String, String> property : op.properties().entrySet()) {
                    for (Hostile.Value value : Hostile.BY_TYPE.getOrDefault(property.getValue(), Hostile.BY_TYPE.get("object"))) {
                        String object = "{\"" + property.getKey() + "\":" + value.json() + "}";
                        String body = op.arrayBody() ? "[" + object + "]" : object;
                        Answer answer = admin.send(op.method(), op.with(NO_RECORD), "application/json",
                                body.getBytes(StandardCharsets.UTF_8), Map.of());
                        requests.incrementAndGet();
                        String where = op.key() + " " + property.getKey() + "=" + value.label();
                        checkProblem(answer, where, wrong);
                        if (answer.status() < 400) {
                            wrong.add(where + " was accepted (" + answer.status() + ")");
                        }
                        if (value.named() && !namesField(answer, property.getKey())) {
                            wrong.add(where + " is not a 400 naming the field: " + clip(answer));
                        }
                    }
                }
                for (String body : Hostile.BODIES) {
                    Answer answer = admin.send(op.method(), op.with(NO_RECORD), "application/json",
                            body.getBytes(StandardCharsets.UTF_8), Map.of());
                    requests.incrementAndGet();
                    checkProblem(answer, op.key() + " body " + body, wrong);
                    if (answer.status() < 400) {
                        wrong.add(op.key() + " body '" + body + "' was accepted (" + answer.status() + ")");
                    }
                }
                for (String type : List.of("application/xml", "application/x-www-form-urlencoded")) {
                    Answer answer = admin.send(op.method(), op.with(NO_RECORD), type, "<a/>".getBytes(StandardCharsets.UTF_8), Map.of());
                    requests.incrementAndGet();
                    checkProblem(answer, op.key() + " as " + type, wrong);
                    if (answer.status() < 400) {
                        wrong.add(op.key() + " as " + type + " was accepted (" + answer.status() + ")");
                    }
                }
            }
            if (op.hasPathParameters()) {
                for (String id : Hostile.IDS) {
                    Answer answer = admin.send(op.method(), op.with(id), op.takesJson() ? "application/json" : null,
                            op.takesJson() ? "{}".getBytes(StandardCharsets.UTF_8) : null, Map.of());
                    requests.incrementAndGet();
                    checkProblem(answer, op.key() + " id " + id, wrong);
                    if (answer.status() < 400 && !"GET".equals(op.method())) {
                        wrong.add(op.key() + " id " + id + " was accepted (" + answer.status() + ")");
                    }
                }
            }
            if ("GET".equals(op.method())) {
                for (String query : Hostile.QUERIES) {
                    Answer answer = admin.get(op.with("1") + "?" + query);
                    requests.incrementAndGet();
                    checkProblem(answer, op.key() + "?" + query, wrong);
                    if (op.path().startsWith("/api/v1/public/")) {
                        checkProblem(api.anonymous().get(op.with("1") + "?" + query), "anonymous " + op.key() + "?" + query, wrong);
                        requests.incrementAndGet();
                    }
                }
            }
        }
        System.out.printf("Malformed-input sweep: %d operations (%d with JSON bodies), %d requests%n", ops.all().size(),
                bodyOps, requests.get());
        assertThat(wrong).as("hostile requests answered wrongly").isEmpty();
        assertThat(changes(admin)).as("nothing was stored").isEqualTo(changesBefore);
    }

    @Test
    @RunAsClient
    void incompleteBodiesOnRealRecordsAreRefusedInWordsNeverWithA500() {
        Api admin = api.withTokenOf("admin");
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (Operation op : operations().all()) {
            if (!op.takesJson()) {
                continue;
            }
            for (String body : op.arrayBody() ? List.of("[]", "[{}]", "[null]") : List.of("{}", "{\"version\":0}",
                    "{\"version\":null}")) {
                for (String id : List.of("1", "2")) {
                    Answer answer = admin.send(op.method(), op.with(id), "application/json",
                            body.getBytes(StandardCharsets.UTF_8), Map.of());
                    requests++;
                    checkProblem(answer, op.key() + " id " + id + " body " + body, wrong);
                }
            }
        }
        System.out.printf("Incomplete bodies on real records: %d requests%n", requests);
        assertThat(wrong).isEmpty();
    }

    @Test
    @RunAsClient
    void pagedListsRefuseOverflowingPagesAndUnknownSortsNamingTheParameter() {
        Api admin = api.withTokenOf("admin");
        List<String> wrong = new ArrayList<>();
        int lists = 0;
        for (Operation op : operations().all()) {
            if (!"GET".equals(op.method())) {
                continue;
            }
            Answer first = admin.get(op.with("1") + "?size=1");
            if (first.status() != 200 || !first.body().startsWith("{") || !first.json().containsKey("items")
                    || !first.json().containsKey("size") || first.json().getInt("size") != 1
                    || admin.get(op.with("1") + "?size=2").json().getInt("size") != 2) {
                continue; // not a paged list (a short list answers whole, whatever the size asked)
            }
            lists++;
            Answer overflow = admin.get(op.with("1") + "?page=2147483647&size=200");
            if (!namesField(overflow, "page")) {
                wrong.add(op.key() + " page overflow: " + clip(overflow));
            }
            Answer sort = admin.get(op.with("1") + "?sort=nope");
            if (!namesField(sort, "sort")) {
                wrong.add(op.key() + " unknown sort: " + clip(sort));
            }
        }
        System.out.printf("Paged lists checked for overflow and unknown sorts: %d%n", lists);
        assertThat(lists).as("the paged lists found").isGreaterThanOrEqualTo(13);
        assertThat(wrong).isEmpty();
    }

    @Test
    @RunAsClient
    void everyListAnswersInOneShape() {
        Api admin = api.withTokenOf("admin");
        List<String> wrong = new ArrayList<>();
        for (Operation op : operations().all()) {
            if ("GET".equals(op.method()) && !op.hasPathParameters()) {
                Answer answer = admin.getWithAccept(op.path().substring(1), "application/json");
                if (answer.status() == 200 && answer.body().startsWith("[")) {
                    wrong.add(op.key() + " answers a bare array");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    // ---- authorization --------------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void everyOperationGrantsAndDeniesEveryRoleAsTheTableSays() throws IOException {
        Map<String, String[]> table = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/authorization.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                table.put(line.split("\t")[0], line.split("\t"));
            }
        }
        Operations ops = operations();
        assertThat(table.keySet()).as("every operation of /openapi is in the table, and nothing else")
                .containsExactlyInAnyOrderElementsOf(ops.all().stream().map(Operation::key).toList());
        Map<String, Api> callers = new LinkedHashMap<>();
        callers.put("anonymous", api.anonymous());
        Demo.ACCOUNTS.keySet().forEach(user -> callers.put(user, api.withTokenOf(user)));
        List<String> wrong = new ArrayList<>();
        byte[] pdf = org.clinlead.portal.shared.PdfDocuments.text("Sweep", List.of("A paper."));
        for (Operation op : ops.all()) {
            String[] row = table.get(op.key());
            String who = row[1];
            for (Map.Entry<String, Api> caller : callers.entrySet()) {
                Answer answer = call(caller.getValue(), op, row.length > 2 ? row[2] : null, pdf);
                boolean anonymous = caller.getKey().equals("anonymous");
                String role = anonymous ? null : Demo.ACCOUNTS.get(caller.getKey());
                boolean expected = who.equals("anyone") || !anonymous && (who.startsWith("signed-in")
                        && !who.contains("not by token") || Set.of(who.split(",")).contains(role));
                boolean granted = answer.status() != 401 && answer.status() != 403;
                if (answer.status() >= 500) {
                    wrong.add(op.key() + " as " + caller.getKey() + " failed: " + clip(answer));
                } else if (granted != expected) {
                    wrong.add(op.key() + " as " + caller.getKey() + (expected ? " was denied " : " was granted ") + clip(answer));
                } else if (!granted && !answer.header("Content-Type").startsWith("application/problem+json")) {
                    wrong.add(op.key() + " as " + caller.getKey() + " was refused without a problem answer");
                } else if (!granted && !anonymous && answer.status() != 403) {
                    wrong.add(op.key() + " as " + caller.getKey() + " answered " + answer.status() + ", not 403");
                }
            }
        }
        System.out.printf("Authorization sweep: %d operations x %d callers%n", ops.all().size(), callers.size());
        assertThat(wrong).as("unexpected grants and denials").isEmpty();
    }

    @Test
    @RunAsClient
    void eachRecordAnswersItsOwnerAndTeam403ToThoseWhoMayKnowItAnd404ToEveryoneElse() throws IOException {
        Map<String, String> records = new LinkedHashMap<>();
        records.put("{sepsis}", String.valueOf(api.as("aspiring.leader").get("api/v1/projects").array().getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("title").startsWith("Sepsis")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue()));
        records.put("{sepsisMeasure}", String.valueOf(api.as("aspiring.leader").get("api/v1/projects/" + records.get("{sepsis}"))
                .json().getJsonArray("measures").getJsonObject(0).getJsonNumber("measureId").longValue()));
        records.put("{declaration}", String.valueOf(api.as("board.member").get("api/v1/declarations").array()
                .getJsonObject(0).getJsonNumber("id").longValue()));
        records.put("{action}", String.valueOf(api.as("board.member").get("api/v1/actions/mine").array()
                .getJsonObject(0).getJsonNumber("id").longValue()));
        records.put("{queued}", String.valueOf(api.as("regional.md").get("api/v1/applications/awaiting-decision").array()
                .getJsonObject(0).getJsonNumber("applicationId").longValue()));
        Map<String, Api> callers = new LinkedHashMap<>();
        Demo.ACCOUNTS.keySet().forEach(user -> callers.put(user, api.withTokenOf(user)));
        List<String> wrong = new ArrayList<>();
        int rows = 0;
        for (String line : Files.readAllLines(Path.of("src/test/resources/authorization-records.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows++;
            String[] row = line.split("\t", -1);
            String method = row[0].substring(0, row[0].indexOf(' '));
            String path = row[0].substring(row[0].indexOf(' ') + 2);
            for (Map.Entry<String, String> record : records.entrySet()) {
                path = path.replace(record.getKey(), record.getValue());
            }
            Set<String> may = Set.of(row[1].split(","));
            Set<String> told = row[2].isBlank() ? Set.of() : Set.of(row[2].split(","));
            String body = row.length > 3 && !row[3].isBlank() ? row[3] : null;
            for (Map.Entry<String, Api> caller : callers.entrySet()) {
                Answer answer = caller.getValue().send(method, path, body == null ? null : "application/json",
                        body == null ? null : body.getBytes(StandardCharsets.UTF_8), Map.of());
                int expected = may.contains(caller.getKey()) ? 0 : told.contains(caller.getKey()) ? 403 : 404;
                boolean right = expected == 0 ? answer.status() < 500 && answer.status() != 401 && answer.status() != 403
                        && answer.status() != 404 : answer.status() == expected;
                if (!right) {
                    wrong.add(row[0] + " as " + caller.getKey() + ": expected " + (expected == 0 ? "to be let through" : expected)
                            + ", got " + clip(answer));
                }
            }
        }
        System.out.printf("Record-level authorization: %d operations on named records x %d accounts%n", rows, callers.size());
        assertThat(wrong).isEmpty();
    }

    private static Answer call(Api caller, Operation op, String body, byte[] pdf) {
        String path = op.with(NO_RECORD);
        if (op.bodyType() == null) {
            return caller.send(op.method(), path, null, null, Map.of());
        }
        if (op.bodyType().startsWith("multipart")) {
            return caller.postMultipart(path, Map.of("title", "Sweep"), "sweep.pdf", pdf);
        }
        String json = body != null ? body : op.arrayBody() ? "[]" : "{\"version\":0}";
        return caller.send(op.method(), path, op.bodyType().equals("application/json") ? "application/json" : op.bodyType(),
                json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** A 5xx, or a 4xx that is not a problem answer with its status, is wrong. */
    // ---- speed ---------------------------------------------------------------------------------------------------

    /**
     * The organisation fields' search as one types (in the server, as a mentor): whatever is typed is taken as text —
     * a "%" or "_" is no wildcard, markup, a megabyte, control characters and broken characters find nothing and fail
     * nothing — and a name or code finds the open organisations holding it, a handful, by name.
     */
    @Test
    void theOrganisationSearchAsOneTypesTakesAnyTextAsText() throws Exception {
        org.clinlead.portal.organisations.OrganisationDirectory directory =
                bean(org.clinlead.portal.organisations.OrganisationDirectory.class);
        org.clinlead.portal.testing.roles.RoleRunner mentor = bean(org.clinlead.portal.testing.roles.AsMentor.class);
        java.util.function.Function<String, List<org.clinlead.portal.organisations.OrganisationSummary>> typing = typed -> {
            try {
                @SuppressWarnings("unchecked")
                List<org.clinlead.portal.organisations.OrganisationSummary> found =
                        (List<org.clinlead.portal.organisations.OrganisationSummary>) mentor.run(() -> directory.matching(typed));
                return found;
            } catch (Exception e) {
                throw new AssertionError("typing " + typed.length() + " characters failed", e);
            }
        };
        for (String typed : List.of("%", "_", "\\", "%%%%", "a_b", Hostile.MARKUP, "x".repeat(1024 * 1024), "ab\u0000c",
                "Ashby\u001b", "\ud800", "   ", "", "Calder\u2028wick")) {
            assertThat(typing.apply(typed)).as(typed.length() > 40 ? typed.length() + " characters" : typed).isEmpty();
        }
        List<org.clinlead.portal.organisations.OrganisationSummary> calder = typing.apply("  CALDER ");
        assertThat(calder).isNotEmpty().hasSizeLessThanOrEqualTo(org.clinlead.portal.organisations.OrganisationDirectory.MATCHES)
                .allSatisfy(o -> assertThat(o.name().toLowerCase(java.util.Locale.ROOT)).contains("calder"))
                .allSatisfy(o -> assertThat(o.active()).isTrue());
        assertThat(typing.apply("anne's")).as("an apostrophe is a letter of a name").isNotEmpty()
                .allSatisfy(o -> assertThat(o.name().toLowerCase(java.util.Locale.ROOT)).contains("anne's"));
        assertThat(typing.apply("rzc")).extracting(org.clinlead.portal.organisations.OrganisationSummary::nationalCode)
                .containsExactly("RZC");
        assertThat(typing.apply("z0000")).as("the start of a code").isNotEmpty()
                .allSatisfy(o -> assertThat(o.nationalCode()).startsWith("Z0000"));
        assertThat(typing.apply("e")).as("a common letter: a handful, not every organisation")
                .hasSize(org.clinlead.portal.organisations.OrganisationDirectory.MATCHES);
        // Among some kinds only (a contract's provider, its commissioner): a name shared across kinds finds those kinds.
        @SuppressWarnings("unchecked")
        List<org.clinlead.portal.organisations.OrganisationSummary> trusts =
                (List<org.clinlead.portal.organisations.OrganisationSummary>) mentor.run(() -> directory.matching("northdale",
                        org.clinlead.portal.commissioning.CquinContract.PROVIDERS));
        assertThat(typing.apply("northdale")).as("every kind holds Northdale")
                .anySatisfy(o -> assertThat(org.clinlead.portal.commissioning.CquinContract.PROVIDERS).doesNotContain(o.type()));
        assertThat(trusts).isNotEmpty().allSatisfy(o -> assertThat(org.clinlead.portal.commissioning.CquinContract.PROVIDERS)
                .contains(o.type()));
        // A closed organisation is never offered; the same one reopened is.
        String tag = Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
        org.clinlead.portal.testing.roles.RoleRunner admin = bean(org.clinlead.portal.testing.roles.AsAdmin.class);
        org.clinlead.portal.organisations.OrganisationSummary made = (org.clinlead.portal.organisations.OrganisationSummary)
                admin.run(() -> directory.register(new org.clinlead.portal.organisations.OrganisationDraft("Qwerty Closing "
                        + tag, org.clinlead.portal.organisations.OrganisationType.OTHER, "Q" + tag)));
        assertThat(typing.apply("qwerty closing " + tag)).extracting(org.clinlead.portal.organisations.OrganisationSummary::id)
                .containsExactly(made.id());
        admin.run(() -> directory.close(made.id(), made.version()));
        assertThat(typing.apply("qwerty closing " + tag)).as("closed").isEmpty();
        assertThat(typing.apply("Q" + tag)).as("closed, by its code").isEmpty();
    }

    /**
     * The programme dashboard (in the server): worked out from the tables after any write — here an organisation
     * registered, audited like every write — and then kept while nothing is written, one statement (the audit log's
     * mark) a look. That it follows real changes at once is CohortsIT's (a completion, a spread level).
     */
    @Test
    void theProgrammeDashboardIsWorkedOutAgainAfterAWriteAndKeptUntilTheNext() throws Exception {
        org.clinlead.portal.cohort.ProgrammeDashboard programme =
                bean(org.clinlead.portal.cohort.ProgrammeDashboard.class);
        org.clinlead.portal.testing.roles.RoleRunner manager =
                bean(org.clinlead.portal.testing.roles.AsProgrammeManager.class);
        org.clinlead.portal.testing.roles.RoleRunner admin = bean(org.clinlead.portal.testing.roles.AsAdmin.class);
        org.clinlead.portal.organisations.OrganisationDirectory directory =
                bean(org.clinlead.portal.organisations.OrganisationDirectory.class);
        manager.run(programme::dashboard);
        String tag = Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
        admin.run(() -> directory.register(new org.clinlead.portal.organisations.OrganisationDraft("Dashboard Mark " + tag,
                org.clinlead.portal.organisations.OrganisationType.OTHER, "D" + tag)));
        org.clinlead.portal.shared.StatementCount.start();
        Object workedOut = manager.run(programme::dashboard);
        int afterWrite = org.clinlead.portal.shared.StatementCount.stop();
        int nothingWritten = Integer.MAX_VALUE;
        Object kept = null;
        // A scheduled job may write between two looks (that moves the mark too): up to three looks.
        for (int attempt = 0; attempt < 3 && nothingWritten != 1; attempt++) {
            org.clinlead.portal.shared.StatementCount.start();
            kept = manager.run(programme::dashboard);
            nothingWritten = org.clinlead.portal.shared.StatementCount.stop();
        }
        assertThat(afterWrite).as("worked out again after a write").isGreaterThan(5);
        assertThat(nothingWritten).as("kept while nothing is written: the mark alone").isEqualTo(1);
        assertThat(kept).isEqualTo(workedOut);
    }

    /**
     * Every record's page (each view with a required view parameter, found in the views themselves) opened without its
     * record — no parameter, an empty one, text, a negative number, a number past a long, a NUL, markup — is the
     * "not found" page with a 404: never a 500, never the page drawn empty with a 200.
     */
    @Test
    @RunAsClient
    void aRecordsPageOpenedWithoutItsRecordIsNotFound() throws IOException {
        java.util.regex.Pattern required = java.util.regex.Pattern.compile("<f:viewParam name=\"([a-zA-Z]+)\"[^>]*required=");
        List<String> wrong = new ArrayList<>();
        int pages = 0;
        try (java.util.stream.Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList()) {
                java.util.regex.Matcher m = required.matcher(Files.readString(view));
                if (!m.find()) {
                    continue;
                }
                pages++;
                String page = Path.of("src/main/webapp").relativize(view).toString().replace('\\', '/');
                for (String value : List.of("", "abc", "-1", "99999999999999999999", "%00", "%3Cscript%3E", "1.5")) {
                    String path = page + (value.isEmpty() ? "" : "?" + m.group(1) + "=" + value);
                    Answer answer = api.as("admin").get(path);
                    if (answer.status() != 404 || !answer.body().contains("Page or record not found")) {
                        wrong.add(path + " answered " + answer.status());
                    }
                }
            }
        }
        assertThat(pages).as("record pages found in the views").isGreaterThanOrEqualTo(15);
        assertThat(wrong).isEmpty();
    }

    /** No main page sends more SQL statements than its budget (PageStatements): a query per row cannot creep back. */
    @Test
    @RunAsClient
    void everyMainPageKeepsWithinItsBudgetOfStatements() {
        String inbox = api.as("board.member").get("api/v1/papers/to-review").body();
        Map<String, String> ids = Map.of(
                "paper", PageStatements.first(inbox, "\"paperId\":(\\d+)"),
                "meeting", PageStatements.first(inbox, "\"meetingId\":(\\d+)"),
                "approval", PageStatements.first(api.as("regional.md").get("home.xhtml").body(),
                        "appointments/application.xhtml\\?id=(\\d+)"),
                "project", PageStatements.first(api.as("aspiring.leader").get("projects/mine.xhtml").body(),
                        "project.xhtml\\?id=(\\d+)"));
        assertThat(PageStatements.overBudget(api, ids)).isEmpty();
        // The mentor's home counts the mentees in the database instead of reading them all: the same number.
        long mentees = api.as("mentor").get("api/v1/participants/mentees").json().getJsonNumber("total").longValue();
        assertThat(mentees).isPositive();
        assertThat(api.as("mentor").get("home.xhtml").body()).contains("My mentees (" + mentees + ")");
    }

    /** A bean of the deployment, for the tests that run in the server. */
    private static <T> T bean(Class<T> type) {
        return jakarta.enterprise.inject.spi.CDI.current().select(type).get();
    }

    static void checkProblem(Answer answer, String where, List<String> wrong) {
        if (answer.status() >= 500) {
            wrong.add(where + " failed: " + clip(answer));
        } else if (answer.status() >= 400) {
            String type = answer.header("Content-Type");
            if (type == null || !type.startsWith("application/problem+json")) {
                wrong.add(where + " answered " + answer.status() + " without a problem answer (" + type + ")");
            } else {
                JsonObject problem = parse(answer.body());
                if (problem == null || problem.getInt("status", -1) != answer.status()) {
                    wrong.add(where + " problem answer does not carry its status: " + clip(answer));
                }
            }
        }
    }

    static boolean namesField(Answer answer, String field) {
        if (answer.status() != 400) {
            return false;
        }
        JsonObject problem = parse(answer.body());
        if (problem == null || !problem.containsKey("errors")) {
            return false;
        }
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field", ""))
                .anyMatch(f -> f.equals(field) || f.startsWith(field + "[") || f.startsWith(field + ".")
                        || f.startsWith("[0]." + field) || f.equals("[0]"));
    }

    static JsonObject parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject o ? o : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String clip(Answer answer) {
        String body = answer.body() == null ? "" : answer.body();
        return answer.status() + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }

    /** Changes recorded in the audit log (creations and updates), to prove a sweep stored nothing. */
    private static long changes(Api admin) {
        return admin.get("api/v1/audit?action=CREATED&size=1").json().getJsonNumber("total").longValue()
                + admin.get("api/v1/audit?action=UPDATED&size=1").json().getJsonNumber("total").longValue();
    }

    static Set<Integer> set(Integer... values) {
        return new HashSet<>(List.of(values));
    }

    static String today(int plusDays) {
        return LocalDate.now().plusDays(plusDays).toString();
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
