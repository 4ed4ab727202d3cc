package org.clinlead.portal.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.clinlead.portal.testing.Api.Answer;
import org.clinlead.portal.testing.Api;
import org.clinlead.portal.testing.Browser;
import org.clinlead.portal.testing.Demo;
import org.clinlead.portal.testing.RealWar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Aim A on the real WAR with the demo region, one deployment: senior clinical lead appointments — the rules and
 * role denials through the API, and the whole story in the browser (each test recruits to its own seat) — and the
 * register of interests they rest on (declarations, amendments, the internal and public registers, nil returns).
 */
@ExtendWith(ArquillianExtension.class)
class AppointmentsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RealWar.archive();
    }

    @ArquillianResource
    private URL base;

    private Api api;

    @BeforeEach
    void connect() {
        api = Api.at(base);
    }

    private long clinicianOf(String username) {
        String name = api.as(username).get("api/v1/me").json().getString("displayName");
        String family = name.substring(name.lastIndexOf(' ') + 1);
        return api.as("admin").get("api/v1/clinicians?name=" + family + "&size=50").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("displayName").equals(name))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private long openVacancy(String area) {
        Answer opened = api.as("regional.md").post("api/v1/vacancies", "{\"area\":\"" + area + "\",\"closingDate\":\""
                + LocalDate.now().plusDays(30) + "\",\"summary\":\"Lead the " + area + " work\","
                + "\"criteria\":[\"Leadership\",\"Impartiality\"],\"aims\":[\"E\"]}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().getJsonNumber("id").longValue();
    }

    private void setPanel(long vacancyId, String chair, String member) {
        long chairId = clinicianOf(chair);
        Answer panel = api.as("regional.md").put("api/v1/vacancies/" + vacancyId + "/panel",
                "{\"memberIds\":[" + chairId + "," + clinicianOf(member) + "],\"chairId\":" + chairId + "}");
        assertThat(panel.status()).as(panel.body()).isEqualTo(200);
    }

    private void nilReturn(String username) {
        int status = api.as(username).post("api/v1/declarations/nil-return", "{}").status();
        assertThat(status).isIn(201, 409);
    }

    private long apply(long vacancyId, String username) {
        Answer applied = api.as(username).post("api/v1/vacancies/" + vacancyId + "/applications",
                "{\"statement\":\"I lead the network and will declare every interest.\"}");
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        return applied.json().getJsonNumber("id").longValue();
    }

    private Answer score(String username, long applicationId, int points) {
        JsonObject file = api.as(username).get("api/v1/applications/" + applicationId).json();
        String scores = file.getJsonObject("vacancy").getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .map(c -> "{\"criterionId\":" + c.getJsonNumber("id") + ",\"points\":" + points
                        + ",\"comment\":\"Evidence seen\"}").collect(Collectors.joining(","));
        return api.as(username).post("api/v1/applications/" + applicationId + "/scores", "{\"scores\":[" + scores + "]}");
    }

    /** A vacancy in {@code area}, panel mentor (chair) and board member, {@code candidate} applied, scored, recommended. */
    private long recommended(String area, String candidate) {
        long vacancy = openVacancy(area);
        setPanel(vacancy, "mentor", "board.member");
        nilReturn(candidate);
        long application = apply(vacancy, candidate);
        assertThat(score("mentor", application, 3).status()).isEqualTo(200);
        assertThat(score("board.member", application, 2).status()).isEqualTo(200);
        Answer recommended = api.as("mentor").post("api/v1/applications/" + application + "/recommendation",
                "{\"rationale\":\"Best evidence\"}");
        assertThat(recommended.status()).as(recommended.body()).isEqualTo(200);
        return application;
    }

    @Test
    void seatsProgrammesAndTheRosterAreThereForEveryoneSignedIn() {
        Api member = api.as("board.member");
        assertThat(member.get("api/v1/programmes").body()).contains("Stroke");
        List<JsonObject> seats = member.get("api/v1/seats").array().getValuesAs(JsonObject.class);
        assertThat(seats.stream().filter(s -> s.getString("areaCode").equals("ACUTE_CARE"))).as("a pathway has exactly two seats")
                .hasSize(2);
        JsonObject roster = member.get("api/v1/advisory-group").json();
        assertThat(roster.getJsonArray("leads").size()).isGreaterThanOrEqualTo(13);
        assertThat(roster.getJsonArray("endingSoon").size()).isGreaterThanOrEqualTo(1);
        Answer csv = member.get("api/v1/advisory-group/roster.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("seat,area,lead,organisation,route").contains("National review (NSR)");
        Answer xlsx = member.getWithAccept("api/v1/advisory-group/roster.xlsx", "*/*");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith("PK");
        assertThat(api.get("api/v1/advisory-group").status()).as("not without sign-in").isEqualTo(401);
    }

    @Test
    void remindersOfTermsEndingAndOfTheDeclarationRoundReachPeoplesHomePagesOnce() {
        assertThat(api.as("regional.md").post("api/v1/appointments/reminders", "").status()).isEqualTo(403);
        api.as("admin").post("api/v1/appointments/reminders", "");
        Api director = api.as("regional.md");
        List<JsonObject> notices = director.get("api/v1/notices").array().getValuesAs(JsonObject.class);
        assertThat(notices).as("the demo NSR lead whose term ends within 90 days")
                .anySatisfy(n -> assertThat(n.getString("subject")).startsWith("Term ending within 90 days"));
        Answer again = api.as("admin").post("api/v1/appointments/reminders", "");
        assertThat(again.json().getInt("sent")).as("each reminder goes once").isZero();
        long unread = notices.stream().filter(n -> !n.containsKey("readAt")).count();
        long id = notices.get(0).getJsonNumber("id").longValue();
        assertThat(api.as("board.member").post("api/v1/notices/" + id + "/read", "").status()).as("not theirs").isEqualTo(404);
        assertThat(director.post("api/v1/notices/" + id + "/read", "").status()).isEqualTo(200);
        assertThat(director.get("api/v1/notices").array().getValuesAs(JsonObject.class).stream()
                .filter(n -> !n.containsKey("readAt")).count()).isLessThan(unread);

        assertThat(api.as("board.member").post("api/v1/declarations/round/reminders", "").status()).isEqualTo(403);
        Answer round = director.post("api/v1/declarations/round/reminders", "");
        assertThat(round.status()).as(round.body()).isEqualTo(200);
        assertThat(director.post("api/v1/declarations/round/reminders", "").json().getInt("sent")).as("once a day").isZero();
    }

    @Test
    void theRulesOfTheCompetitiveProcessAreRefusedInPlainWords() {
        Api director = api.as("regional.md");
        Answer past = director.post("api/v1/vacancies", "{\"area\":\"END_OF_LIFE\",\"closingDate\":\"" + LocalDate.now()
                + "\",\"summary\":\"x\",\"criteria\":[\"Leadership\"]}");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("The closing date must be after today.");
        Answer full = director.post("api/v1/vacancies", "{\"area\":\"ACUTE_CARE\",\"closingDate\":\""
                + LocalDate.now().plusDays(10) + "\",\"summary\":\"x\",\"criteria\":[\"Leadership\"]}");
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.json().getString("detail")).contains("Both lead seats of the Acute care pathway are filled or being recruited");
        assertThat(api.as("board.member").post("api/v1/vacancies", "{\"area\":\"END_OF_LIFE\"}").status()).isEqualTo(403);

        long vacancy = openVacancy("END_OF_LIFE");
        Answer noDeclaration = api.as("commissioner").post("api/v1/vacancies/" + vacancy + "/applications",
                "{\"statement\":\"Keen\"}");
        if (noDeclaration.status() == 409) {
            assertThat(noDeclaration.json().getString("detail")).contains("declaration of interests is not current");
        }
        nilReturn("commissioner");
        long application = apply(vacancy, "commissioner");
        Answer again = api.as("commissioner").post("api/v1/vacancies/" + vacancy + "/applications", "{\"statement\":\"Again\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("detail")).contains("already applied");

        Answer applicantOnPanel = director.put("api/v1/vacancies/" + vacancy + "/panel", "{\"memberIds\":["
                + clinicianOf("commissioner") + "," + clinicianOf("mentor") + "],\"chairId\":" + clinicianOf("mentor") + "}");
        assertThat(applicantOnPanel.status()).isEqualTo(409);
        assertThat(applicantOnPanel.json().getString("detail")).contains("applied for this vacancy");
        Answer oneMember = director.put("api/v1/vacancies/" + vacancy + "/panel", "{\"memberIds\":[" + clinicianOf("mentor")
                + "],\"chairId\":" + clinicianOf("mentor") + "}");
        assertThat(oneMember.status()).isEqualTo(400);
        setPanel(vacancy, "mentor", "board.member");

        Answer notOnPanel = api.as("provider").post("api/v1/applications/" + application + "/scores", "{\"scores\":[]}");
        assertThat(notOnPanel.status()).as("someone who may not see the application is not told it exists").isEqualTo(404);
        assertThat(api.as("provider").get("api/v1/applications/" + application).status()).as("nor see it").isEqualTo(404);
        Answer outOfRange = score("mentor", application, 5);
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.body()).contains("from 0 to 4");
        Answer early = api.as("mentor").post("api/v1/applications/" + application + "/recommendation", "{\"rationale\":\"x\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().getString("detail")).contains("has not scored");
        assertThat(score("mentor", application, 3).status()).isEqualTo(200);
        assertThat(score("board.member", application, 3).status()).isEqualTo(200);
        assertThat(api.as("board.member").post("api/v1/applications/" + application + "/recommendation",
                "{\"rationale\":\"x\"}").json().getString("detail")).contains("Only the panel chair");
        assertThat(api.as("mentor").post("api/v1/applications/" + application + "/recommendation",
                "{\"rationale\":\"Strong\"}").status()).isEqualTo(200);

        assertThat(api.as("board.member").post("api/v1/applications/" + application + "/decision",
                "{\"outcome\":\"APPROVED\",\"reason\":\"x\"}").status()).as("a board member cannot approve").isEqualTo(403);
        assertThat(director.post("api/v1/applications/" + application + "/decision", "{\"outcome\":\"MAYBE\",\"reason\":\"x\"}")
                .status()).isEqualTo(400);
        assertThat(director.post("api/v1/applications/" + application + "/decision", "{\"outcome\":\"APPROVED\",\"reason\":\" \"}")
                .status()).isEqualTo(400);
        Answer rejected = director.post("api/v1/applications/" + application + "/decision",
                "{\"outcome\":\"REJECTED\",\"reason\":\"Evidence of impartiality too thin\"}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        Answer twice = director.post("api/v1/applications/" + application + "/decision",
                "{\"outcome\":\"APPROVED\",\"reason\":\"Changed my mind\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().getString("detail")).contains("already been decided");
        assertThat(api.as("admin").get("api/v1/audit?size=50").body()).contains("rejected the recommendation");

        nilReturn("provider");
        long weak = apply(vacancy, "provider");
        assertThat(api.as("board.member").post("api/v1/applications/" + weak + "/not-shortlisted", "{\"reason\":\"x\"}")
                .json().getString("detail")).contains("Only the panel chair");
        Answer offList = api.as("mentor").post("api/v1/applications/" + weak + "/not-shortlisted",
                "{\"reason\":\"Does not meet the essential criteria\"}");
        assertThat(offList.status()).as(offList.body()).isEqualTo(200);
        assertThat(score("board.member", weak, 2).json().getString("detail")).contains("not shortlisted");
    }

    @Test
    void twoMedicalDirectorsDecidingAtOnceCannotBothSucceed() {
        long application = recommended("PLANNED_CARE", "provider");
        Answer second = api.as("admin").post("api/v1/users", "{\"username\":\"second.md\",\"displayName\":\"Second MD\","
                + "\"password\":\"" + Demo.PASSWORD + "\",\"clinicianId\":" + clinicianOf("programme.manager")
                + ",\"roles\":[\"MEDICAL_DIRECTOR\"]}");
        assertThat(second.status()).as(second.body()).isIn(201, 409);
        CompletableFuture<Answer> one = CompletableFuture.supplyAsync(() -> api.as("regional.md").post(
                "api/v1/applications/" + application + "/decision", "{\"outcome\":\"APPROVED\",\"reason\":\"Strong panel\"}"));
        CompletableFuture<Answer> two = CompletableFuture.supplyAsync(() -> api.as("second.md").post(
                "api/v1/applications/" + application + "/decision", "{\"outcome\":\"REJECTED\",\"reason\":\"Not convinced\"}"));
        List<Integer> statuses = List.of(one.join().status(), two.join().status());
        assertThat(statuses).as(one.join().body() + " / " + two.join().body()).containsExactlyInAnyOrder(200, 409);
        JsonObject file = api.as("regional.md").get("api/v1/applications/" + application).json();
        assertThat(file.getJsonObject("application").getString("status")).isIn("APPROVED", "REJECTED");
    }

    @Test
    void aMedicalDirectorCannotDecideTheirOwnApplication() {
        long application = recommended("LONG_TERM_CONDITIONS", "regional.md");
        Answer own = api.as("regional.md").post("api/v1/applications/" + application + "/decision",
                "{\"outcome\":\"APPROVED\",\"reason\":\"I am the best\"}");
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.json().getString("detail")).isEqualTo("You are the candidate on this application, so you cannot approve or reject it.");
        assertThat(api.as("regional.md").get("api/v1/applications/" + application).json().getBoolean("canDecide")).isFalse();
    }

    @Test
    void theRegionalCapStopsAnApprovalAndCannotBeSetBelowTheLeadsInPost() {
        long application = recommended("STAYING_HEALTHY", "commissioner");
        Api admin = api.as("admin");
        JsonObject cap = admin.get("api/v1/seats/cap").json();
        long inPost = cap.getJsonNumber("inPost").longValue();
        Answer below = admin.put("api/v1/seats/cap", "{\"cap\":" + (inPost - 1) + ",\"version\":" + cap.getJsonNumber("version") + "}");
        assertThat(below.status()).isEqualTo(409);
        assertThat(admin.put("api/v1/seats/cap", "{\"cap\":30}").status()).as("version required").isEqualTo(400);
        assertThat(api.as("regional.md").put("api/v1/seats/cap", "{\"cap\":40,\"version\":0}").status()).isEqualTo(403);
        Answer full = admin.put("api/v1/seats/cap", "{\"cap\":" + inPost + ",\"version\":" + cap.getJsonNumber("version") + "}");
        assertThat(full.status()).as(full.body()).isEqualTo(200);
        try {
            Answer refused = api.as("regional.md").post("api/v1/applications/" + application + "/decision",
                    "{\"outcome\":\"APPROVED\",\"reason\":\"Strong\"}");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().getString("detail")).contains("regional cap of " + inPost);
            assertThat(api.as("regional.md").get("api/v1/applications/" + application).json().getJsonObject("application")
                    .getString("status")).as("nothing half-saved").isEqualTo("RECOMMENDED");
        } finally {
            JsonObject now = admin.get("api/v1/seats/cap").json();
            assertThat(admin.put("api/v1/seats/cap", "{\"cap\":30,\"version\":" + now.getJsonNumber("version") + "}").status())
                    .isEqualTo(200);
        }
    }

    @Test
    void aDirectorWithAConflictMustStateHowItIsManagedBeforeApproving() {
        long application = recommended("CANCER", "provider");
        Api director = api.as("regional.md");
        assertThat(api.as("board.member").post("api/v1/applications/" + application + "/decision",
                "{\"outcome\":\"APPROVED\",\"reason\":\"me\"}").status()).isEqualTo(403);
        JsonObject candidate = api.as("admin").get("api/v1/clinicians/" + clinicianOf("provider")).json();
        Answer declared = director.post("api/v1/declarations", "{\"type\":\"NON_FINANCIAL_PROFESSIONAL\",\"organisationId\":"
                + candidate.getJsonNumber("organisationId") + ",\"description\":\"Honorary contract\",\"fromDate\":\""
                + LocalDate.now().minusYears(1) + "\",\"actionTaken\":\"Declared\"}");
        assertThat(declared.status()).isEqualTo(201);
        try {
            decideWithAConflict(director, application, candidate);
        } finally {
            // Ended yesterday: no longer live, so the other tests' decisions are not affected.
            JsonObject interest = declared.json();
            assertThat(director.post("api/v1/declarations/" + interest.getJsonNumber("id") + "/end", "{\"on\":\""
                    + LocalDate.now().minusDays(1) + "\",\"version\":" + interest.getJsonNumber("version") + "}").status())
                    .isEqualTo(200);
        }
    }

    private void decideWithAConflict(Api director, long application, JsonObject candidate) {
        JsonObject file = director.get("api/v1/applications/" + application).json();
        assertThat(file.getJsonArray("myUnmanagedConflicts").toString()).contains("Honorary contract");
        Answer refused = director.post("api/v1/applications/" + application + "/decision",
                "{\"outcome\":\"APPROVED\",\"reason\":\"Strong\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("Conflict not yet managed");
        assertThat(director.post("api/v1/applications/" + application + "/conflict-statements",
                "{\"statement\":\"Honorary role is unrelated; a second director reviewed the file\"}").status()).isEqualTo(200);
        Answer approved = director.post("api/v1/applications/" + application + "/decision",
                "{\"outcome\":\"APPROVED\",\"reason\":\"Strong and consistent scores\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().getJsonArray("conflicts").toString()).contains("a second director reviewed the file");
        JsonObject appointment = director.get("api/v1/appointments?size=1").json().getJsonArray("items").getJsonObject(0);
        assertThat(appointment.getString("clinicianName")).isEqualTo(candidate.getString("displayName"));
        long id = appointment.getJsonNumber("id").longValue();
        Answer renewed = director.post("api/v1/appointments/" + id + "/renew", "{\"version\":" + appointment.getJsonNumber("version") + "}");
        assertThat(renewed.status()).isEqualTo(200);
        assertThat(director.post("api/v1/appointments/" + id + "/renew", "{\"version\":" + renewed.json().getJsonNumber("version") + "}")
                .json().getString("detail")).contains("renewed once");
        Answer ended = director.post("api/v1/appointments/" + id + "/end", "{\"on\":\"" + LocalDate.now() + "\",\"kind\":\"RESIGNATION\","
                + "\"reason\":\"Moving region\",\"version\":" + renewed.json().getJsonNumber("version") + "}");
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    }

    @Test
    void theWholeStoryInTheBrowser() {
        long vacancy = openVacancy("MENTAL_HEALTH");
        setPanel(vacancy, "mentor", "programme.manager");
        // The second panel member has a live interest in the candidate's organisation: a conflict to manage.
        JsonObject candidate = api.as("admin").get("api/v1/clinicians/" + clinicianOf("aspiring.leader")).json();
        assertThat(api.as("programme.manager").post("api/v1/declarations", "{\"type\":\"FINANCIAL\",\"organisationId\":"
                + candidate.getJsonNumber("organisationId") + ",\"description\":\"Paid clinical sessions\",\"fromDate\":\""
                + LocalDate.now().minusYears(1) + "\",\"actionTaken\":\"Declared\"}").status()).isEqualTo(201);
        try (Browser browser = Browser.open(base)) {
            browser.signIn("aspiring.leader", Demo.PASSWORD);
            browser.go("interests/mine.xhtml");
            if (!browser.text().contains("Nil return " + LocalDate.now().getYear())) {
                browser.submit(By.id("declare:nil"));
            }
            browser.go("appointments/vacancy.xhtml?id=" + vacancy);
            browser.screenshotWhole("vacancy-as-candidate");
            browser.type(By.id("apply:statement"), "Eight years leading crisis care; I declare every interest.");
            browser.submit(By.id("apply:submit"));
            assertThat(browser.text()).contains("Your application is submitted");
            String applicationUrl = browser.url();
            browser.signOut();

            browser.signIn("programme.manager", Demo.PASSWORD);
            assertThat(browser.text()).contains("Applications awaiting your scores");
            browser.go(applicationUrl.substring(applicationUrl.indexOf("appointments/")));
            assertThat(browser.text()).contains("You have a conflict with this candidate");
            browser.screenshotWhole("application-conflicted-panel-member");
            browser.type(By.id("conflict:statement"), "Sessions are in another department; chair agreed I score.");
            browser.submit(By.id("conflict:state"));
            scoreInBrowser(browser, "2");
            browser.signOut();

            browser.signIn("mentor", Demo.PASSWORD);
            browser.go(applicationUrl.substring(applicationUrl.indexOf("appointments/")));
            scoreInBrowser(browser, "4");
            browser.type(By.id("recommend:rationale"), "Clear evidence on both criteria.");
            browser.submit(By.id("recommend:sendRecommendation"));
            assertThat(browser.text()).contains("Your recommendation is with the medical directors");
            browser.signOut();

            browser.signIn("regional.md", Demo.PASSWORD);
            assertThat(browser.text()).contains("Appointments awaiting your approval");
            browser.click(By.linkText(candidate.getString("displayName")));
            browser.waitFor(By.id("decide:reason"));
            String screen = browser.text();
            assertThat(screen).contains("Panel scores").contains("Leadership").contains("Managed")
                    .as("the conflict flag and its handling").contains("Paid clinical sessions")
                    .contains("Sessions are in another department");
            browser.screenshotWhole("approval-screen");
            browser.type(By.id("decide:reason"), "Unanimous panel; conflict properly managed.");
            browser.click(By.id("decide:approve"));
            browser.submit(By.id("decide:confirmYes"));
            assertThat(browser.text()).contains("is appointed to the Mental health pathway");
            browser.go("appointments/advisory-group.xhtml");
            assertThat(browser.text()).contains(candidate.getString("displayName"));
            browser.screenshotWhole("advisory-group");
            browser.signOut();
            browser.go("public/register.xhtml");
            assertThat(browser.text()).contains(candidate.getString("displayName"));
        }
    }

    /**
     * The medical director's decision by keyboard alone: from the top of the application, the "needs you" link, the
     * reason, a refused submit that brings focus back to the reason, the confirmation dialog, the decision.
     */
    @Test
    void theMedicalDirectorDecidesByKeyboardAlone() {
        // The demo region's recommendation awaiting a decision (every seat the tests could recruit to is taken by
        // other tests, and no other test here decides this one).
        long application = api.as("regional.md").get("api/v1/applications/awaiting-decision").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().findFirst().orElseThrow()
                .getJsonNumber("applicationId").longValue();
        try (Browser browser = Browser.open(base)) {
            browser.signIn("regional.md", Demo.PASSWORD);
            browser.go("appointments/application.xhtml?id=" + application);
            browser.waitFor(By.id("needsYou"));
            // From the top of the page: past the skip link, the banner and the menu to "Go to your decision".
            browser.keys(Keys.TAB);
            assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Skip to main content");
            browser.keys(Keys.ENTER);
            for (int i = 0; i < 10 && !"Go to your decision".equals(browser.driver().switchTo().activeElement().getText()); i++) {
                browser.keys(Keys.TAB);
            }
            assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Go to your decision");
            assertThat(browser.focusShows()).isTrue();
            browser.keys(Keys.ENTER);
            browser.tabTo("decide:reason", 3);

            // Reject with no reason: refused in words, focus back on the reason, marked invalid.
            browser.tabTo("decide:reject", 3);
            browser.keys(Keys.ENTER);
            browser.waitFor(By.id("decide:confirmYes"));
            browser.waiting(5).until(d -> browser.focusedId().equals("decide:confirmYes"));
            browser.keys(Keys.ENTER);
            browser.waitForText("Please correct the highlighted fields");
            assertThat(browser.text()).contains("The reason for the decision");
            assertThat(browser.focusedId()).as("focus on the field in error").isEqualTo("decide:reason");
            assertThat(browser.driver().findElement(By.id("decide:reason")).getAttribute("aria-invalid")).isEqualTo("true");

            // The dialog answers Escape: nothing is decided and focus returns to the form.
            browser.keys("The panel's evidence on impartiality is thin; please recommend again.");
            browser.tabTo("decide:reject", 3);
            browser.keys(Keys.ENTER);
            browser.waiting(5).until(d -> browser.focusedId().equals("decide:confirmYes"));
            browser.keys(Keys.ESCAPE);
            browser.waiting(5).until(d -> !browser.driver().findElement(By.id("decide:confirmYes")).isDisplayed());
            assertThat(api.as("regional.md").get("api/v1/applications/" + application).json().getJsonObject("application").getString("status")).isEqualTo("RECOMMENDED");
            // PrimeFaces hands focus back once the dialog's closing has run (asynchronously, after the Escape).
            browser.waiting(5).withMessage("focus back on the button that opened the dialog")
                    .until(d -> "decide:reject".equals(browser.focusedId()));

            browser.keys(Keys.ENTER);
            browser.waiting(5).until(d -> browser.focusedId().equals("decide:confirmYes"));
            browser.keys(Keys.ENTER);
            browser.waitForText("The recommendation is rejected");
            browser.screenshot("keyboard-decision");
        }
        assertThat(api.as("regional.md").get("api/v1/applications/" + application).json().getJsonObject("application").getString("status")).isEqualTo("REJECTED");
    }

    private static void scoreInBrowser(Browser browser, String points) {
        List<WebElement> sets = browser.driver().findElements(By.cssSelector("#score fieldset"));
        assertThat(sets).hasSize(2);
        for (WebElement set : sets) {
            set.findElements(By.tagName("label")).stream().filter(l -> l.getText().strip().equals(points)).findFirst()
                    .orElseThrow().click();
            WebElement comment = set.findElement(By.tagName("textarea"));
            comment.clear();
            comment.sendKeys("Evidence in the statement and at interview.");
        }
        browser.submit(By.id("score:saveScores"));
        assertThat(browser.text()).contains("Your scores are saved");
    }

    // ----- The register of interests (aim A, the same deployment) -----

    private static String interest(String description, LocalDate from, LocalDate to) {
        return "{\"type\":\"FINANCIAL\",\"outsideBody\":\"Acme Diagnostics Ltd\",\"description\":\"" + description
                + "\",\"fromDate\":\"" + from + "\"" + (to == null ? "" : ",\"toDate\":\"" + to + "\"")
                + ",\"actionTaken\":\"Declared; withdraws from related decisions\"}";
    }

    @Test
    void thePublicRegisterNeedsNoSignInAndShowsOnlyWhatIsPublic() {
        Answer register = api.get("api/v1/public/register?size=100");
        assertThat(register.status()).isEqualTo(200);
        String body = register.body();
        assertThat(body).contains("Calderwick Diagnostics Ltd").contains("Ashby Moor Hospice")
                .as("ended eight months ago").doesNotContain("Northdale Medical Advisory LLP")
                .as("withheld").doesNotContain("refuge").doesNotContain("safety");
        Answer csv = api.getWithAccept("api/v1/public/register", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("name,profession,organisation,declaration").contains("Calderwick Diagnostics Ltd");
        assertThat(api.get("api/v1/public/register.csv").body()).contains("Calderwick Diagnostics Ltd");
    }

    @Test
    void aDecisionMakerDeclaresAmendsAndEndsTheirOwnInterest() {
        String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Api member = api.as("board.member");
        Answer created = member.post("api/v1/declarations", interest("Advisory fee " + tag, LocalDate.now().minusMonths(1), null));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        long version = created.json().getJsonNumber("version").longValue();
        assertThat(api.get("api/v1/public/register?size=200").body()).contains("Advisory fee " + tag);

        Answer amended = member.put("api/v1/declarations/" + id, interest("Advisory fee (amended) " + tag,
                LocalDate.now().minusMonths(1), null).replace("}", ",\"version\":" + version + "}"));
        assertThat(amended.status()).isEqualTo(200);
        assertThat(member.put("api/v1/declarations/" + id, interest("Lost update", LocalDate.now(), null)
                .replace("}", ",\"version\":" + version + "}")).status()).isEqualTo(409);

        long next = amended.json().getJsonNumber("version").longValue();
        Answer ended = member.post("api/v1/declarations/" + id + "/end",
                "{\"on\":\"" + LocalDate.now() + "\",\"version\":" + next + "}");
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().getString("toDate")).isEqualTo(LocalDate.now().toString());
        assertThat(api.get("api/v1/public/register?size=200").body()).as("ended today: still public for six months")
                .contains("Advisory fee (amended) " + tag);

        JsonObject audit = api.as("admin").get("api/v1/audit?recordType=declaration&recordId=" + id).json();
        assertThat(audit.getJsonNumber("total").longValue()).isEqualTo(3);
    }

    @Test
    void nobodyElseCanAmendOrEvenSeeSomeonesDeclaration() {
        long id = api.as("board.member").post("api/v1/declarations",
                interest("Private matter", LocalDate.now().minusDays(3), null)).json().getJsonNumber("id").longValue();
        Answer other = api.as("regional.md").put("api/v1/declarations/" + id,
                interest("Tampered", LocalDate.now(), null).replace("}", ",\"version\":1}"));
        assertThat(other.status()).isEqualTo(404);
        assertThat(api.as("regional.md").get("api/v1/declarations").body()).doesNotContain("Private matter");
        assertThat(api.as("regional.md").post("api/v1/declarations/" + id + "/withhold",
                "{\"reason\":\"no\",\"version\":1}").status()).isEqualTo(403);
    }

    @Test
    void badDeclarationsAreRefusedInPlainWords() {
        Api member = api.as("board.member");
        Answer backwards = member.post("api/v1/declarations", interest("Backwards", LocalDate.now(), LocalDate.now().minusDays(1)));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("\"field\":\"toDate\"").contains("cannot be before");
        Answer empty = member.post("api/v1/declarations", "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("\"field\":\"type\"").contains("\"field\":\"description\"")
                .contains("\"field\":\"actionTaken\"").contains("\"field\":\"fromDate\"");
        Answer badDate = member.post("api/v1/declarations", interest("x", LocalDate.now(), null).replace(LocalDate.now().toString(), "31/02/2026"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(member.post("api/v1/declarations/nil-return", "").status()).as("board.member has live interests").isEqualTo(409);
        Answer unlinked = api.as("admin").post("api/v1/declarations", interest("x", LocalDate.now(), null));
        assertThat(unlinked.status()).isEqualTo(409);
        assertThat(unlinked.json().getString("detail")).contains("not linked to a clinician");
    }

    @Test
    void theInternalRegisterShowsEverythingButOnlyAdministratorsSeeWhyAnEntryIsWithheld() {
        String asAdmin = api.as("admin").get("api/v1/declarations/register?size=200").body();
        assertThat(asAdmin).contains("refuge").contains("must not be published (safety)")
                .contains("Northdale Medical Advisory LLP");
        String asDirector = api.as("regional.md").get("api/v1/declarations/register?size=200").body();
        assertThat(asDirector).contains("refuge").doesNotContain("must not be published");
        assertThat(api.as("board.member").get("api/v1/declarations/register").status()).isEqualTo(403);
        assertThat(api.as("board.member").get("api/v1/declarations/round").status()).isEqualTo(403);
    }

    @Test
    void theYearlyRoundListsEveryDecisionMakerAndWhetherTheyDeclared() {
        // Decision makers in the demo region: the medical director and the board member (by role), the 13 leads in
        // post, the 3 applicants to the open vacancy and its chair (the board member also sits on the panel).
        var round = api.as("regional.md").get("api/v1/declarations/round").array().getValuesAs(jakarta.json.JsonObject.class);
        assertThat(round).hasSize(19);
        assertThat(round).filteredOn(e -> e.getString("name").equals("Amira Ashworth") || e.getString("name").equals("Ben Haworth"))
                .hasSize(2).allSatisfy(e -> assertThat(e.getBoolean("declared")).isTrue());
        assertThat(round).as("the NSR leads have not declared this year: the non-declarers list")
                .filteredOn(e -> !e.getBoolean("declared")).hasSizeGreaterThanOrEqualTo(11);
        var lastYear = api.as("regional.md").get("api/v1/declarations/round?year=" + (LocalDate.now().getYear() - 1)).array();
        assertThat(lastYear).hasSize(19).allSatisfy(entry -> assertThat(entry.asJsonObject().getBoolean("declared")).isFalse());
        assertThat(api.as("admin").get("api/v1/declarations/round?year=twenty").status()).isEqualTo(400);
        assertThat(api.as("admin").get("api/v1/declarations/round?year=1900").status()).isEqualTo(400);
    }

    @Test
    void aDeclarationsHistoryIsKeptAndTheRegistersExportAsSpreadsheets() {
        Api member = api.as("board.member");
        Answer created = member.post("api/v1/declarations", interest("Speaker fee", LocalDate.now().minusMonths(2), null));
        long id = created.json().getJsonNumber("id").longValue();
        member.put("api/v1/declarations/" + id, interest("Speaker fees (two talks)", LocalDate.now().minusMonths(2), null)
                .replace("}", ",\"version\":" + created.json().getJsonNumber("version") + "}"));
        var history = member.get("api/v1/declarations/" + id + "/history").array();
        assertThat(history).hasSize(1);
        assertThat(history.getJsonObject(0).getString("change")).isEqualTo("AMENDED");
        assertThat(history.getJsonObject(0).getString("before")).contains("Speaker fee");
        assertThat(api.as("mentor").get("api/v1/declarations/" + id + "/history").status()).as("not theirs").isEqualTo(404);
        assertThat(api.as("regional.md").get("api/v1/declarations/" + id + "/history").status()).isEqualTo(200);

        Answer xlsx = api.getWithAccept("api/v1/public/register.xlsx", "*/*");
        assertThat(xlsx.status()).as("no sign-in").isEqualTo(200);
        assertThat(xlsx.body()).startsWith("PK");
        Answer internal = api.as("regional.md").getWithAccept("api/v1/declarations/register.csv", "*/*");
        assertThat(internal.status()).isEqualTo(200);
        assertThat(internal.body()).startsWith("name,organisation,declaration").contains("Speaker fees (two talks)")
                .as("the withheld reason is for administrators only").doesNotContain("safety");
        assertThat(api.as("admin").getWithAccept("api/v1/declarations/register.csv", "*/*").body()).contains("safety");
        assertThat(api.as("board.member").getWithAccept("api/v1/declarations/register.xlsx", "*/*").status()).isEqualTo(403);
    }

    @Test
    void aClinicianWithNothingToDeclareMakesANilReturnOncePerYear() {
        Api mentor = api.as("mentor");
        Answer nil = mentor.post("api/v1/declarations/nil-return", "");
        assertThat(nil.status()).isEqualTo(201);
        assertThat(nil.json().getBoolean("nilReturn")).isTrue();
        Answer again = mentor.post("api/v1/declarations/nil-return", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("detail")).contains("already made a nil return");
    }

    @Test
    void inTheBrowserAClinicianDeclaresAndThePublicSeesIt() {
        try (Browser browser = Browser.open(base)) {
            browser.go("public/register.xhtml");
            assertThat(browser.text()).contains("Register of interests").contains("Calderwick Diagnostics Ltd")
                    .doesNotContain("refuge");
            browser.screenshot("public-register");

            String tag = "Locum sessions " + UUID.randomUUID().toString().substring(0, 6);
            browser.signIn("regional.md", Demo.PASSWORD);
            browser.waitFor(By.id("menuDeclarations"));
            browser.go("interests/mine.xhtml");
            assertThat(browser.text()).contains("Honorary senior lecturer");
            browser.choose("declare:type", "FINANCIAL");
            browser.type(By.id("declare:outsideBody"), "Dunmore Private Clinic");
            browser.type(By.id("declare:description"), tag);
            browser.type(By.id("declare:actionTaken"), "Declared; no part in decisions on independent-sector contracts");
            browser.pickDate("declare:fromDate", LocalDate.now().minusMonths(2));
            browser.submit(By.id("declare:save"));
            assertThat(browser.text()).contains("Your declaration is recorded").contains(tag);
            browser.screenshot("my-declarations");
            browser.signOut();

            browser.go("public/register.xhtml?page=0");
            assertThat(browser.text()).contains(tag);
        }
    }
}
