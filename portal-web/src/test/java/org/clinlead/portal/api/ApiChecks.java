package org.clinlead.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.clinlead.portal.testing.Api.Answer;
import org.clinlead.portal.testing.Api;
import org.clinlead.portal.testing.Demo;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API from outside, against the real WAR on Payara Micro and a fresh Derby database: the
 * conventions of docs/api.md (problem answers, paging, versions) and who may do what. Run in {@code SignInBrowserIT}'s
 * deployment (which extends this class: accounts, sign-in and tokens are both's subject), one Payara boot fewer.
 */
public abstract class ApiChecks {

    @ArquillianResource
    private URL base;

    private Api api;

    @BeforeEach
    void connect() {
        api = Api.at(base);
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
    }

    private Answer createOrganisation(String code) {
        return api.as("admin").post("api/v1/organisations",
                "{\"name\":\"Test Body " + code + "\",\"type\":\"OTHER\",\"nationalCode\":\"T" + code + "\"}");
    }

    @Test
    void meAnswersWhoTheCallerIsForEveryDemoAccount() {
        Demo.ACCOUNTS.forEach((username, role) -> {
            JsonObject me = api.as(username).get("api/v1/me").json();
            assertThat(me.getString("username")).isEqualTo(username);
            assertThat(me.getJsonArray("roles").getString(0)).isEqualTo(role);
            assertThat(me.getString("displayName")).isNotBlank();
        });
    }

    @Test
    void withoutCredentialsTheApiAnswers401AsAProblem() {
        Answer answer = api.get("api/v1/me");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().getInt("status")).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void aWrongPasswordIs401() {
        assertThat(api.as("mentor", "not-the-password-at-all").get("api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void theAimsAndPathwaysOfTheStrategyAreReferenceData() {
        var aims = api.as("mentor").get("api/v1/aims").array();
        assertThat(aims).hasSize(5);
        assertThat(aims.getJsonObject(0).getString("code")).isEqualTo("A");
        assertThat(aims.getJsonObject(4).getString("code")).isEqualTo("E");
        assertThat(aims.getJsonObject(1).getString("description")).contains("120");
        assertThat(api.as("provider").get("api/v1/pathways").array()).hasSize(8);
    }

    @Test
    void listsArePagedWithATotal() {
        JsonObject page = api.as("commissioner").get("api/v1/organisations?page=0&size=5&sort=nationalCode&dir=desc").json();
        assertThat(page.getJsonArray("items")).hasSize(5);
        assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(31);
        JsonObject second = api.as("commissioner").get("api/v1/organisations?page=1&size=5&sort=nationalCode&dir=desc").json();
        assertThat(second.getJsonArray("items").getJsonObject(0).getString("nationalCode"))
                .isLessThan(page.getJsonArray("items").getJsonObject(4).getString("nationalCode"));
        JsonObject clinicians = api.as("mentor").get("api/v1/clinicians?size=100").json();
        assertThat(clinicians.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void badPagingParametersAre400WithFieldErrors() {
        Answer answer = api.as("mentor").get("api/v1/organisations?page=abc&size=5000");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("page");
        assertThat(api.as("mentor").get("api/v1/organisations?size=5000").status()).isEqualTo(400);
    }

    @Test
    void anAdministratorCreatesReadsAndUpdatesAnOrganisationWithItsVersion() {
        String code = unique();
        Answer created = createOrganisation(code);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/api/v1/organisations/");
        JsonObject organisation = created.json();
        long id = organisation.getJsonNumber("id").longValue();
        long version = organisation.getJsonNumber("version").longValue();

        assertThat(api.as("mentor").get("api/v1/organisations/" + id).json().getString("nationalCode")).isEqualTo("T" + code);

        Answer updated = api.as("admin").put("api/v1/organisations/" + id,
                "{\"name\":\"Renamed " + code + "\",\"type\":\"OTHER\",\"nationalCode\":\"T" + code + "\",\"version\":" + version + "}");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().getString("name")).isEqualTo("Renamed " + code);
        assertThat(updated.json().getJsonNumber("version").longValue()).isGreaterThan(version);

        Answer stale = api.as("admin").put("api/v1/organisations/" + id,
                "{\"name\":\"Lost update\",\"type\":\"OTHER\",\"nationalCode\":\"T" + code + "\",\"version\":" + version + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().getString("detail")).contains("changed by someone else");
        assertThat(api.as("admin").get("api/v1/organisations/" + id).json().getString("name")).isEqualTo("Renamed " + code);

        Answer noVersion = api.as("admin").put("api/v1/organisations/" + id,
                "{\"name\":\"No version\",\"type\":\"OTHER\",\"nationalCode\":\"T" + code + "\"}");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("version");
    }

    @Test
    void aDuplicateNationalCodeIs409OnTheField() {
        String code = unique();
        assertThat(createOrganisation(code).status()).isEqualTo(201);
        Answer duplicate = createOrganisation(code);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("nationalCode");
    }

    @Test
    void invalidInputIs400WithEveryFieldErrorInPlainWords() {
        Answer tooLong = api.as("admin").post("api/v1/organisations",
                "{\"name\":\"" + "x".repeat(201) + "\",\"nationalCode\":\"" + "R".repeat(9) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().getString("title")).isEqualTo("Invalid input");
        assertThat(tooLong.body()).contains("\"field\":\"name\"").contains("must be at most 200 characters")
                .contains("\"field\":\"type\"").contains("Choose the kind of organisation")
                .contains("\"field\":\"nationalCode\"").doesNotContain("Exception");

        Answer wrongShape = api.as("admin").post("api/v1/organisations",
                "{\"name\":\"Fernley Walk-in Centre\",\"type\":\"ACUTE_TRUST\",\"nationalCode\":\"5AB\"}");
        assertThat(wrongShape.status()).isEqualTo(400);
        assertThat(wrongShape.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("nationalCode");
        assertThat(wrongShape.json().getString("detail")).isEqualTo(
                "The national code of an acute trust is 3 characters starting with R, e.g. RX1.");

        Answer badEmail = api.as("admin").post("api/v1/clinicians", "{\"givenName\":\"A\",\"familyName\":\"B\","
                + "\"profession\":\"DOCTOR\",\"registrationBody\":\"GMC\",\"registrationNumber\":\"7000001\","
                + "\"organisationId\":1,\"email\":\"not an email\"}");
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.body()).contains("\"field\":\"email\"").contains("name@nhs.net");
    }

    @Test
    void malformedJsonAndWrongTypesAre400NeverA500() {
        Answer broken = api.as("admin").post("api/v1/organisations", "{\"name\": ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.header("Content-Type")).startsWith("application/problem+json");
        Answer wrongEnum = api.as("admin").post("api/v1/organisations",
                "{\"name\":\"X\",\"type\":\"SPACESHIP\",\"nationalCode\":\"TAAA1\"}");
        assertThat(wrongEnum.status()).isEqualTo(400);
        assertThat(wrongEnum.body()).doesNotContain("org.clinlead");
        Answer wrongType = api.as("admin").post("api/v1/clinicians", "{\"organisationId\":\"twelve\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        Answer empty = api.as("admin").post("api/v1/organisations", "");
        assertThat(empty.status()).isEqualTo(400);
    }

    @Test
    void anUnknownIdIs404AsAProblem() {
        Answer answer = api.as("mentor").get("api/v1/organisations/987654321");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().getString("title")).isEqualTo("Not found");
        assertThat(api.as("mentor").get("api/v1/no-such-thing").status()).isEqualTo(404);
    }

    @Test
    void clinicianRegistrationNumbersAreCheckedPerBody() {
        long organisationId = createOrganisation(unique()).json().getJsonNumber("id").longValue();
        Answer wrongShape = api.as("admin").post("api/v1/clinicians", clinician("DOCTOR", "GMC", "12345", organisationId, unique()));
        assertThat(wrongShape.status()).isEqualTo(400);
        assertThat(wrongShape.body()).contains("registrationNumber").contains("7 digits");
        Answer wrongBody = api.as("admin").post("api/v1/clinicians", clinician("NURSE", "GMC", "1234567", organisationId, unique()));
        assertThat(wrongBody.status()).isEqualTo(400);
        assertThat(wrongBody.body()).contains("registrationBody").contains("NMC");
        String pin = String.format("%02dA%04dB", (int) (Math.random() * 90) + 10, (int) (Math.random() * 9000) + 1000);
        Answer nurse = api.as("admin").post("api/v1/clinicians", clinician("NURSE", "NMC", pin.toLowerCase(Locale.ROOT), organisationId, unique()));
        assertThat(nurse.status()).isEqualTo(201);
        assertThat(nurse.json().getString("registrationNumber")).isEqualTo(pin);
        Answer again = api.as("admin").post("api/v1/clinicians", clinician("NURSE", "NMC", pin, organisationId, unique()));
        assertThat(again.status()).isEqualTo(409);
        Answer unknownOrganisation = api.as("admin").post("api/v1/clinicians", clinician("DOCTOR", "GMC", "7654321", 99999999L, unique()));
        assertThat(unknownOrganisation.status()).isEqualTo(400);
        assertThat(unknownOrganisation.body()).contains("organisationId");
    }

    private static String clinician(String profession, String body, String number, long organisationId, String tag) {
        return "{\"givenName\":\"Test\",\"familyName\":\"Person" + tag + "\",\"profession\":\"" + profession
                + "\",\"registrationBody\":\"" + body + "\",\"registrationNumber\":\"" + number
                + "\",\"organisationId\":" + organisationId + ",\"email\":\"t." + tag.toLowerCase(Locale.ROOT) + "@example.nhs.uk\"}";
    }

    @Test
    void everyRoleReadsTheDirectoryButOnlyAdministratorsChangeItOrSeeAccountsAndAudit() {
        Demo.ACCOUNTS.forEach((username, role) -> {
            boolean admin = role.equals("ADMIN");
            Api as = api.as(username);
            assertThat(as.get("api/v1/organisations").status()).as(username + " reads organisations").isEqualTo(200);
            assertThat(as.get("api/v1/clinicians").status()).as(username + " reads clinicians").isEqualTo(200);
            assertThat(as.get("api/v1/aims").status()).as(username + " reads aims").isEqualTo(200);
            assertThat(as.get("api/v1/users").status()).as(username + " lists users").isEqualTo(admin ? 200 : 403);
            assertThat(as.get("api/v1/audit").status()).as(username + " reads audit").isEqualTo(admin ? 200 : 403);
            assertThat(as.get("api/v1/audit/verify").status()).as(username + " verifies audit").isEqualTo(admin ? 200 : 403);
            if (!admin) {
                Answer refused = as.post("api/v1/organisations",
                        "{\"name\":\"Not allowed\",\"type\":\"OTHER\",\"nationalCode\":\"TNO" + unique().substring(0, 3) + "\"}");
                assertThat(refused.status()).as(username + " creates an organisation").isEqualTo(403);
                assertThat(refused.json().getString("title")).isEqualTo("Not allowed");
            }
        });
    }

    @Test
    void anAdministratorOpensAnAccountThatThenSignsInAndCanBeDisabled() {
        String username = "new." + unique().toLowerCase(Locale.ROOT);
        Answer weak = api.as("admin").post("api/v1/users", account(username, "password1234"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("too common");
        Answer shortOne = api.as("admin").post("api/v1/users", account(username, "short1"));
        assertThat(shortOne.body()).contains("at least 12 characters");

        Answer opened = api.as("admin").post("api/v1/users", account(username, "Heron-Lantern-Quartz-42"));
        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.body()).doesNotContain("Heron").doesNotContain("passwordHash");
        long id = opened.json().getJsonNumber("id").longValue();

        JsonObject me = api.as(username, "Heron-Lantern-Quartz-42").get("api/v1/me").json();
        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("MENTOR");
        assertThat(api.as("admin").post("api/v1/users", account(username, "Heron-Lantern-Quartz-42")).status()).isEqualTo(409);

        long version = api.as("admin").get("api/v1/users/" + id).json().getJsonNumber("version").longValue();
        assertThat(api.as("admin").post("api/v1/users/" + id + "/disable", "{\"version\":" + version + "}").status()).isEqualTo(200);
        Answer refused = api.as(username, "Heron-Lantern-Quartz-42").get("api/v1/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().getString("detail")).contains("disabled");
    }

    private static String account(String username, String password) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"New Person\",\"password\":\"" + password
                + "\",\"roles\":[\"MENTOR\"]}";
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithAClearMessage() {
        String username = "lock." + unique().toLowerCase(Locale.ROOT);
        assertThat(api.as("admin").post("api/v1/users", account(username, "Correct-Horse-Battery-9")).status()).isEqualTo(201);
        for (int i = 0; i < 5; i++) {
            assertThat(api.as(username, "Wrong-Password-" + i).get("api/v1/me").status()).isEqualTo(401);
        }
        Answer locked = api.as(username, "Correct-Horse-Battery-9").get("api/v1/me");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.json().getString("detail")).contains("locked");
        JsonObject audit = api.as("admin").get("api/v1/audit?actor=" + username + "&action=ACCOUNT_LOCKED").json();
        assertThat(audit.getJsonNumber("total").longValue()).isEqualTo(1);
    }

    @Test
    void aMadeUpUsernameIsLockedJustLikeARealOne() {
        String real = "lockreal." + unique().toLowerCase(Locale.ROOT);
        String madeUp = "nobody." + unique().toLowerCase(Locale.ROOT);
        assertThat(api.as("admin").post("api/v1/users", account(real, "Correct-Horse-Battery-9")).status()).isEqualTo(201);
        for (int i = 0; i < 5; i++) {
            api.as(real, "Wrong-Password-" + i).get("api/v1/me");
            api.as(madeUp, "Wrong-Password-" + i).get("api/v1/me");
        }
        String realAnswer = api.as(real, "Wrong-Again-1").get("api/v1/me").json().getString("detail");
        String madeUpAnswer = api.as(madeUp, "Wrong-Again-1").get("api/v1/me").json().getString("detail");
        assertThat(realAnswer).contains("locked");
        assertThat(madeUpAnswer.replaceAll("\\d\\d:\\d\\d", "HH:MM"))
                .as("the answers do not tell which username exists").isEqualTo(realAnswer.replaceAll("\\d\\d:\\d\\d", "HH:MM"));
    }

    @Test
    void scriptsSignInWithPersonalTokensThatCanBeReadOnlyAndRevoked() {
        String expires = java.time.LocalDate.now().plusDays(30).toString();
        Answer made = api.as("board.member", Demo.PASSWORD).post("api/v1/tokens", "{\"name\":\"Nightly report\",\"expiresOn\":\""
                + expires + "\",\"readOnly\":true}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String secret = made.json().getString("secret");
        long id = made.json().getJsonObject("token").getJsonNumber("id").longValue();
        assertThat(secret).startsWith("clp_").hasSizeGreaterThan(40);
        Api script = api.withToken(secret);
        assertThat(script.get("api/v1/me").json().getString("username")).isEqualTo("board.member");
        Answer write = script.post("api/v1/declarations/nil-return", "{}");
        assertThat(write.status()).as("a read-only token may not change things").isEqualTo(403);
        assertThat(write.header("Content-Type")).startsWith("application/problem+json");
        assertThat(script.post("api/v1/tokens", "{\"name\":\"Another\",\"expiresOn\":\"" + expires + "\"}").status())
                .as("a token cannot make tokens").isEqualTo(403);

        JsonObject listed = api.as("board.member").get("api/v1/tokens").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(listed.toString()).doesNotContain(secret);
        assertThat(listed.getString("startsWith")).isEqualTo(secret.substring(0, 8) + "…");
        assertThat(listed.containsKey("lastUsedAt")).as("the last use is shown").isTrue();

        assertThat(api.as("mentor").send("DELETE", "api/v1/tokens/" + id, null, null, Map.of()).status())
                .as("someone else's token is not found").isEqualTo(404);
        assertThat(api.as("admin").get("api/v1/tokens/all?owner=board.member").array().getValuesAs(JsonObject.class))
                .anyMatch(t -> t.getJsonNumber("id").longValue() == id);
        assertThat(api.as("board.member").get("api/v1/tokens/all").status()).isEqualTo(403);
        assertThat(api.as("admin").send("DELETE", "api/v1/tokens/" + id, null, null, Map.of()).json().getString("state"))
                .as("an administrator revokes anyone's").isEqualTo("REVOKED");
        Answer revoked = script.get("api/v1/me");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().getString("detail")).contains("not valid");
        assertThat(api.withToken("clp_made-up-token").get("api/v1/me").status()).isEqualTo(401);
        JsonObject refusals = api.as("admin").get("api/v1/audit?action=SIGN_IN_FAILED&recordType=API%20token&size=50").json();
        assertThat(refusals.getJsonArray("items").getValuesAs(JsonObject.class))
                .as("unknown and revoked tokens are audited")
                .anyMatch(e -> e.getString("summary").contains("Unknown API token"))
                .anyMatch(e -> e.getString("summary").contains("revoked"));

        Answer tooLong = api.as("board.member", Demo.PASSWORD).post("api/v1/tokens", "{\"name\":\"Forever\",\"expiresOn\":\""
                + java.time.LocalDate.now().plusYears(2) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("a year at most");
    }

    /**
     * A revocation holds at once even while a script calls in a loop: a call that read the token just before the
     * revocation was committed must not keep it usable for the cache's ten seconds (it did, found by a browser test).
     */
    @Test
    void aTokenRevokedWhileAScriptKeepsCallingStopsAtOnce() throws Exception {
        Answer made = api.as("mentor", Demo.PASSWORD).post("api/v1/tokens", "{\"name\":\"Loop\",\"expiresOn\":\""
                + java.time.LocalDate.now().plusDays(7) + "\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        Api script = api.withToken(made.json().getString("secret"));
        long id = made.json().getJsonObject("token").getJsonNumber("id").longValue();
        java.util.concurrent.atomic.AtomicBoolean calling = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.ExecutorService loops = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 4; i++) {
                loops.submit(() -> {
                    while (calling.get()) {
                        script.get("api/v1/me");
                    }
                });
            }
            Thread.sleep(300);
            assertThat(api.as("mentor").send("DELETE", "api/v1/tokens/" + id, null, null, Map.of()).status()).isEqualTo(200);
            Thread.sleep(300); // the loops' calls that were under way when it was revoked have ended
            for (int i = 0; i < 20; i++) {
                assertThat(script.get("api/v1/me").status()).as("call %d after the revocation", i).isEqualTo(401);
            }
        } finally {
            calling.set(false);
            loops.shutdown();
            loops.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    @Test
    void oneAccountsParallelCallsNeverFailAndConflictingWritesGet409() throws Exception {
        java.util.function.Function<java.util.function.Supplier<Answer>, Map<Integer, Integer>> eightByEight = call -> {
            try {
                return org.clinlead.portal.hardening.Parallel.run(8, 64, call);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        Api basic = api.as("board.member");
        assertThat(eightByEight.apply(() -> basic.get("api/v1/me"))).as("password, 8 threads").isEqualTo(Map.of(200, 64));
        Api token = api.withTokenOf("board.member");
        assertThat(eightByEight.apply(() -> token.get("api/v1/me"))).as("token, 8 threads").isEqualTo(Map.of(200, 64));
        assertThat(eightByEight.apply(() -> token.get("api/v1/boards"))).as("a list, 8 threads").isEqualTo(Map.of(200, 64));

        String username = "par." + unique().toLowerCase(Locale.ROOT);
        assertThat(api.as("admin").post("api/v1/users", account(username, "Correct-Horse-Battery-9")).status()).isEqualTo(201);
        assertThat(eightByEight.apply(() -> api.as(username, "Wrong-Password-1").get("api/v1/me")))
                .as("wrong passwords in parallel").isEqualTo(Map.of(401, 64));

        Api admin = api.withTokenOf("admin");
        JsonObject cap = admin.get("api/v1/seats/cap").json();
        long version = cap.getJsonNumber("version").longValue();
        int value = cap.getInt("cap");
        Map<Integer, Integer> writes = org.clinlead.portal.hardening.Parallel.run(8, 8,
                () -> admin.put("api/v1/seats/cap", "{\"cap\":" + (value + 1) + ",\"version\":" + version + "}"));
        assertThat(writes).as("the same change from one version, 8 at once").containsOnlyKeys(200, 409)
                .containsEntry(200, 1).containsEntry(409, 7);
    }

    @Test
    void aCallerWhoMayKnowARecordIsTold403AndAuditedOthersGet404() {
        long sepsis = api.as("aspiring.leader").get("api/v1/projects").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("title").startsWith("Sepsis")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Answer notOwner = api.as("mentor").post("api/v1/projects/" + sepsis + "/team", "{\"clinicianId\":1}");
        assertThat(notOwner.status()).as("the mentor may see the project, not change its team").isEqualTo(403);
        assertThat(notOwner.header("Content-Type")).startsWith("application/problem+json");
        Answer stranger = api.as("commissioner").post("api/v1/projects/" + sepsis + "/team", "{\"clinicianId\":1}");
        assertThat(stranger.status()).as("someone who may not see it is not told it exists").isEqualTo(404);
        JsonObject denials = api.as("admin").get("api/v1/audit?actor=mentor&action=ACCESS_DENIED&size=20").json();
        assertThat(denials.getJsonArray("items").getValuesAs(JsonObject.class))
                .anyMatch(e -> e.getString("summary").contains("projects/" + sepsis + "/team"));

        JsonObject referred = api.as("regional.md").get("api/v1/projects/referred-to-me").array().getJsonObject(0);
        long project = referred.getJsonNumber("projectId").longValue();
        assertThat(api.as("regional.md").get("api/v1/projects/" + project).status())
                .as("the chair of the board a project was put forward to reads it").isEqualTo(200);
    }

    @Test
    void changesAndDenialsAreAuditedAndTheChainVerifies() {
        String code = unique();
        long id = createOrganisation(code).json().getJsonNumber("id").longValue();
        JsonObject entries = api.as("admin").get("api/v1/audit?recordType=organisation&recordId=" + id).json();
        assertThat(entries.getJsonNumber("total").longValue()).isEqualTo(1);
        JsonObject entry = entries.getJsonArray("items").getJsonObject(0);
        assertThat(entry.getString("actor")).isEqualTo("admin");
        assertThat(entry.getString("action")).isEqualTo("CREATED");
        assertThat(entry.getString("summary")).contains("T" + code);

        api.as("mentor").get("api/v1/users");
        JsonObject denied = api.as("admin").get("api/v1/audit?actor=mentor&action=ACCESS_DENIED").json();
        assertThat(denied.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(1);

        JsonObject verify = api.as("admin").get("api/v1/audit/verify").json();
        assertThat(verify.getBoolean("valid")).isTrue();
        assertThat(verify.getJsonNumber("entries").longValue()).isGreaterThan(1);
        assertThat(!verify.containsKey("firstBroken") || verify.isNull("firstBroken")).isTrue();

        Answer csv = api.as("admin").get("api/v1/audit/export?recordType=organisation");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("id,occurredAtUtc,actor,action").contains("T" + code);

        assertThat(api.as("admin").get("api/v1/audit?from=yesterday").status()).isEqualTo(400);
        JsonObject dated = api.as("admin").get("api/v1/audit?from=2020-01-01&to=2099-12-31&recordType=organisation&recordId=" + id).json();
        assertThat(dated.getJsonNumber("total").longValue()).isEqualTo(1);
    }

    @Test
    void responsesCarrySecurityHeadersAndNoServerBanner() {
        Answer answer = api.as("mentor").get("api/v1/me");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(answer.header("Referrer-Policy")).isNotNull();
        assertThat(answer.header("Server")).isNull();
        assertThat(answer.header("X-Powered-By")).isNull();
        String cookie = answer.header("Set-Cookie");
        if (cookie != null) {
            // The container may name a session, but it is ended with the request: it cannot be reused.
            Answer reuse = api.getWithCookie("api/v1/me", cookie.substring(0, cookie.indexOf(';')));
            assertThat(reuse.status()).as("HTTP Basic keeps no session").isEqualTo(401);
        }
        Answer page = api.get("login.xhtml");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self' 'nonce-").contains("frame-ancestors 'none'");
    }

    @Test
    void healthReportsTheDatabaseAndOpenApiDescribesTheEndpoints() throws Exception {
        URL portal = org.clinlead.portal.testing.Loopback.accepting(base);
        URL root = new URL(portal.getProtocol(), portal.getHost(), portal.getPort(), "/");
        Answer health = Api.at(root).get("health/ready");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("database").contains("UP");
        Answer openapi = Api.at(root).get("openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/organisations").contains("/api/v1/audit/verify").contains("/api/v1/me");
    }
}
