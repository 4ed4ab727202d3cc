package org.clinlead.portal.boards;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinlead.portal.shared.PdfDocuments;
import org.clinlead.portal.testing.Api.Answer;
import org.clinlead.portal.testing.Api;
import org.clinlead.portal.testing.Browser;
import org.clinlead.portal.testing.Demo;
import org.clinlead.portal.testing.Mailbox;
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

/**
 * Pathway Delivery Boards on the real WAR with the demo region: the rules and denials through the API,
 * and the secretary-to-member story in the browser.
 */
@ExtendWith(ArquillianExtension.class)
class BoardsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RealWar.archive();
    }

    @ArquillianResource
    private URL base;

    /** A real SMTP server in this JVM, where every test server sends its mail (arquillian.xml). */
    @org.junit.jupiter.api.extension.RegisterExtension
    static final com.icegreen.greenmail.junit5.GreenMailExtension MAIL = new com.icegreen.greenmail.junit5.GreenMailExtension(
            new com.icegreen.greenmail.util.ServerSetup(Integer.getInteger("portal.test.smtp.port"), "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    private Api api;

    @BeforeEach
    void connect() {
        api = Api.at(base);
    }

    private static byte[] pdf(String title) {
        return PdfDocuments.text(title, List.of("A paper for the board.", "Recommendation: agree."));
    }

    private JsonObject board(String area) {
        return api.as("board.member").get("api/v1/boards").array().getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("area").equals(area)).findFirst().orElseThrow();
    }

    private long clinicianOf(String username) {
        String name = api.as(username).get("api/v1/me").json().getString("displayName");
        return api.as("admin").get("api/v1/clinicians?name=" + name.substring(name.lastIndexOf(' ') + 1) + "&size=50").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("displayName").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private long schedule(long boardId, int daysAhead) {
        Answer meeting = api.as("secretary").post("api/v1/boards/" + boardId + "/meetings", "{\"startsAt\":\""
                + LocalDateTime.now().plusDays(daysAhead).withHour(14).withMinute(0).withSecond(0).withNano(0)
                + "\",\"place\":\"Room 3\"}");
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
        return meeting.json().getJsonNumber("id").longValue();
    }

    private long addItem(long meetingId, String title, String purpose, boolean confidential, String organisationIds) {
        Answer item = api.as("secretary").post("api/v1/meetings/" + meetingId + "/items", "{\"title\":\"" + title
                + "\",\"purpose\":\"" + purpose + "\",\"presenter\":\"Lead\",\"confidential\":" + confidential
                + ",\"aims\":[\"A\"],\"organisationIds\":[" + organisationIds + "]}");
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        return item.json().getJsonNumber("id").longValue();
    }

    private long upload(long itemId, String title) {
        Answer paper = api.as("secretary").postMultipart("api/v1/items/" + itemId + "/papers", Map.of("title", title,
                "author", "Lead", "summary", "What the board is asked to do"), "paper.pdf", pdf(title));
        assertThat(paper.status()).as(paper.body()).isEqualTo(201);
        return paper.json().getJsonNumber("id").longValue();
    }

    /** The titles of a pack's bookmarks, as the caller receives the pack. */
    private static List<String> bookmarks(Api as, long meeting) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(as.download("api/v1/meetings/" + meeting + "/pack.pdf", "application/pdf"))) {
            List<String> titles = new java.util.ArrayList<>();
            for (var item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                item.children().forEach(child -> titles.add(child.getTitle()));
            }
            return titles;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The demo's meeting that started an hour ago (whatever the day: just after midnight it started yesterday). */
    private static boolean startedLately(JsonObject meeting) {
        return java.time.Instant.parse(meeting.getString("startsAt")).isAfter(java.time.Instant.now().minus(java.time.Duration.ofHours(3)));
    }

    private long calderwick() {
        return api.as("admin").get("api/v1/organisations?nationalCode=RZC").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    @Test
    void uploadsMustReallyBePdfsWithinTheLimit() {
        long meeting = schedule(board("Planned care").getJsonNumber("id").longValue(), 20);
        long item = addItem(meeting, "Elective hub", "DECISION", false, "");
        Api secretary = api.as("secretary");
        Map<String, String> fields = Map.of("title", "Hub", "author", "Lead", "summary", "Summary");
        Answer exe = secretary.postMultipart("api/v1/items/" + item + "/papers", fields, "hub.pdf",
                "MZ\u0090\u0000 this is a program".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(exe.status()).isEqualTo(400);
        assertThat(exe.body()).contains("This file is not a PDF");
        assertThat(secretary.postMultipart("api/v1/items/" + item + "/papers", fields, "page.pdf",
                "<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
        assertThat(secretary.postMultipart("api/v1/items/" + item + "/papers", fields, "empty.pdf", new byte[0]).body())
                .contains("The file is empty");
        Answer polyglot = secretary.postMultipart("api/v1/items/" + item + "/papers", fields, "polyglot.pdf",
                "%PDF-1.7\n<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(polyglot.status()).as("a file that merely starts like a PDF").isEqualTo(400);
        assertThat(polyglot.body()).contains("cannot be read as a PDF");
        byte[] truncated = java.util.Arrays.copyOf(pdf("Truncated"), 200);
        assertThat(secretary.postMultipart("api/v1/items/" + item + "/papers", fields, "cut.pdf", truncated).status())
                .as("a truncated PDF").isEqualTo(400);
        byte[] big = new byte[(int) PdfUpload.MAX_BYTES + 10];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
        Answer oversized = secretary.postMultipart("api/v1/items/" + item + "/papers", fields, "big.pdf", big);
        assertThat(oversized.status()).isEqualTo(400);
        assertThat(oversized.body()).contains("larger than 20 MB");
        assertThat(api.as("board.member").get("api/v1/meetings/" + meeting).json().getJsonArray("items").getJsonObject(0)
                .getJsonArray("papers")).as("nothing half-saved").isEmpty();

        long paper = upload(item, "Elective hub case");
        Answer stored = secretary.getWithAccept("api/v1/papers/" + paper + "/content", "application/pdf");
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.body()).startsWith("%PDF-");
        assertThat(stored.header("Content-Disposition")).isEqualTo("attachment; filename=\"paper.pdf\"");
        Answer second = secretary.postMultipart("api/v1/papers/" + paper + "/versions", Map.of(), "v2.pdf", pdf("v2"));
        assertThat(second.json().getInt("latestVersion")).isEqualTo(2);
        assertThat(secretary.getWithAccept("api/v1/papers/" + paper + "/content?version=1", "application/pdf").status())
                .as("old versions stay viewable").isEqualTo(200);
    }

    @Test
    void oneDamagedPaperOnDiskDoesNotCostTheBoardItsPack() throws Exception {
        long meeting = schedule(board("Planned care").getJsonNumber("id").longValue(), 21);
        long item = addItem(meeting, "Theatre lists", "DISCUSSION", false, "");
        upload(item, "Sound paper");
        byte[] damaged = pdf("Paper damaged on disk " + java.util.UUID.randomUUID());
        Answer paper = api.as("secretary").postMultipart("api/v1/items/" + item + "/papers", Map.of("title", "Damaged paper",
                "author", "Lead", "summary", "Summary"), "damaged.pdf", damaged);
        assertThat(paper.status()).as(paper.body()).isEqualTo(201);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(damaged));
        java.nio.file.Path stored = java.nio.file.Path.of(System.getProperty("portal.test.dir", "target"), "data", "papers",
                sha + ".pdf");
        assertThat(stored).exists();
        java.nio.file.Files.write(stored, "%PDF-1.7 then nothing a reader can use".getBytes(StandardCharsets.US_ASCII));
        assertThat(bookmarks(api.as("secretary"), meeting)).contains("Sound paper", "Damaged paper");
    }

    @Test
    void aMemberWhoJoinsLaterCanBeAddedToday() {
        long maternity = board("Maternity and newborn").getJsonNumber("id").longValue();
        String from = java.time.LocalDate.now().plusMonths(1).toString();
        Answer added = api.as("secretary").post("api/v1/boards/" + maternity + "/members", "{\"clinicianId\":"
                + clinicianOf("provider") + ",\"role\":\"MEMBER\",\"voting\":true,\"fromDate\":\"" + from + "\"}");
        assertThat(added.status()).as(added.body()).isIn(200, 201);
        assertThat(added.json().getString("fromDate")).isEqualTo(from);
        assertThat(api.as("secretary").get("api/v1/boards/" + maternity + "/members").array().getValuesAs(JsonObject.class))
                .as("not a member before the day").noneMatch(m -> m.getJsonNumber("clinicianId").longValue() == clinicianOf("provider"));
    }

    @Test
    void theSecretaryRunsTheBoardsAndBadInputIsRefusedInPlainWords() {
        long acute = board("Acute care").getJsonNumber("id").longValue();
        Answer past = api.as("secretary").post("api/v1/boards/" + acute + "/meetings", "{\"startsAt\":\""
                + LocalDateTime.now().minusDays(1).withNano(0) + "\",\"place\":\"Room 3\"}");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("The meeting must be in the future.");
        assertThat(api.as("board.member").post("api/v1/boards/" + acute + "/meetings", "{\"startsAt\":\""
                + LocalDateTime.now().plusDays(9).withNano(0) + "\",\"place\":\"Room 3\"}").status()).isEqualTo(403);
        long meeting = schedule(acute, 30);
        Answer noAim = api.as("secretary").post("api/v1/meetings/" + meeting + "/items",
                "{\"title\":\"X\",\"purpose\":\"DECISION\",\"presenter\":\"Lead\",\"aims\":[]}");
        assertThat(noAim.status()).isEqualTo(400);
        assertThat(noAim.body()).contains("at least one of the strategy's aims");
        long first = addItem(meeting, "First", "DECISION", false, "");
        long second = addItem(meeting, "Second", "INFORMATION", false, "");
        assertThat(api.as("board.member").post("api/v1/meetings/" + meeting + "/publish", "").status())
                .as("a non-secretary cannot publish").isEqualTo(403);

        long version = api.as("secretary").get("api/v1/meetings/" + meeting).json().getJsonObject("meeting")
                .getJsonNumber("version").longValue();
        Answer reordered = api.as("secretary").put("api/v1/meetings/" + meeting + "/agenda",
                "{\"itemIds\":[" + second + "," + first + "],\"version\":" + version + "}");
        assertThat(reordered.status()).as(reordered.body()).isEqualTo(200);
        Answer stale = api.as("admin").put("api/v1/meetings/" + meeting + "/agenda",
                "{\"itemIds\":[" + first + "," + second + "],\"version\":" + version + "}");
        assertThat(stale.status()).as("two secretaries reordering at once").isEqualTo(409);
        assertThat(api.as("secretary").get("api/v1/meetings/" + meeting).json().getJsonArray("items").getJsonObject(0)
                .getString("title")).isEqualTo("Second");
        assertThat(api.as("secretary").post("api/v1/meetings/" + meeting + "/publish", "").status()).isEqualTo(200);
        assertThat(api.as("secretary").post("api/v1/meetings/" + meeting + "/publish", "").status()).isEqualTo(409);
    }

    @Test
    void aMeetingThatHasStartedClosesReviewsRefusesDecisionsOnInformationItemsAndWarnsWhenInquorate() {
        Api secretary = api.as("secretary");
        JsonObject today = secretary.get("api/v1/boards/" + board("Acute care").getJsonNumber("id") + "/meetings?size=50")
                .json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getBoolean("started") && startedLately(m))
                .findFirst().orElseThrow();
        long meetingId = today.getJsonNumber("id").longValue();
        JsonObject page = secretary.get("api/v1/meetings/" + meetingId).json();
        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject info = items.stream().filter(i -> i.getString("purpose").equals("INFORMATION")).findFirst().orElseThrow();
        JsonObject decision = items.stream().filter(i -> !i.getJsonArray("papers").isEmpty()).findFirst().orElseThrow();
        long paperId = decision.getJsonArray("papers").getJsonObject(0).getJsonNumber("id").longValue();

        Answer late = api.as("board.member").put("api/v1/papers/" + paperId + "/reviews/mine",
                "{\"position\":\"SUPPORT\"}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().getString("detail")).contains("reviews are closed");

        Answer onInfo = secretary.post("api/v1/items/" + info.getJsonNumber("id") + "/decision",
                "{\"outcome\":\"AGREED\",\"version\":" + info.getJsonNumber("version") + "}");
        assertThat(onInfo.status()).isEqualTo(409);
        assertThat(onInfo.json().getString("detail")).contains("no decision can be recorded");

        List<JsonObject> members = page.getJsonArray("attendance").getValuesAs(JsonObject.class);
        StringBuilder two = new StringBuilder();
        for (int i = 0; i < members.size(); i++) {
            two.append(i == 0 ? "" : ",").append("{\"clinicianId\":").append(members.get(i).getJsonNumber("clinicianId"))
                    .append(",\"status\":\"").append(i < 2 ? "PRESENT" : "APOLOGIES").append("\"}");
        }
        assertThat(secretary.put("api/v1/meetings/" + meetingId + "/attendance", "{\"attendance\":[" + two + "]}").status())
                .isEqualTo(200);
        Answer inquorate = secretary.post("api/v1/items/" + decision.getJsonNumber("id") + "/decision",
                "{\"outcome\":\"AGREED\",\"version\":" + decision.getJsonNumber("version") + "}");
        assertThat(inquorate.status()).isEqualTo(409);
        assertThat(inquorate.json().getString("detail")).contains("Inquorate");
        assertThat(api.as("board.member").put("api/v1/meetings/" + meetingId + "/attendance", "{\"attendance\":[]}").status())
                .isEqualTo(403);
    }

    @Test
    void aConflictedMemberDoesNotGetAConfidentialItemsPapersAndAnotherBoardsMembersDoNotSeeThem() {
        long acute = board("Acute care").getJsonNumber("id").longValue();
        long meeting = schedule(acute, 25);
        long item = addItem(meeting, "Calderwick contract variation", "DECISION", true, String.valueOf(calderwick()));
        long paper = upload(item, "Contract variation (confidential)");
        assertThat(api.as("secretary").post("api/v1/meetings/" + meeting + "/publish", "").status()).isEqualTo(200);

        Answer withheld = api.as("board.member").getWithAccept("api/v1/papers/" + paper + "/content", "application/pdf");
        assertThat(withheld.status()).isEqualTo(403);
        assertThat(withheld.body()).contains("withheld from you");
        assertThat(api.as("admin").get("api/v1/audit?action=ACCESS_DENIED&recordType=paper&size=5").body())
                .contains("Withheld confidential paper");
        assertThat(api.as("board.member").get("api/v1/meetings/" + meeting).json().getJsonArray("myConflicts").toString())
                .contains("Calderwick");
        assertThat(api.as("board.member").get("api/v1/notices").body()).contains("Conflict flagged: Ben Haworth");
        assertThat(api.as("commissioner").getWithAccept("api/v1/papers/" + paper + "/content", "application/pdf").status())
                .as("a member without a conflict").isEqualTo(200);
        assertThat(bookmarks(api.as("commissioner"), meeting)).contains("Cover", "Agenda", "1. Calderwick contract variation",
                "Contract variation (confidential)");
        assertThat(bookmarks(api.as("board.member"), meeting)).as("the withheld paper is left out of the pack")
                .contains("Agenda").doesNotContain("Contract variation (confidential)");
        Answer ics = api.as("board.member").getWithAccept("api/v1/meetings/" + meeting + "/calendar.ics", "text/calendar");
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT").contains("SUMMARY:Acute care Pathway")
                .contains("UID:meeting-" + meeting + "@");
        assertThat(api.as("board.member").getWithAccept("api/v1/boards/" + acute + "/calendar.ics", "text/calendar").body())
                .contains("UID:meeting-" + meeting + "@");

        long maternity = board("Maternity and newborn").getJsonNumber("id").longValue();
        assertThat(api.as("secretary").post("api/v1/boards/" + maternity + "/members", "{\"clinicianId\":"
                + clinicianOf("mentor") + ",\"role\":\"MEMBER\",\"voting\":true}").status()).isEqualTo(201);
        assertThat(api.as("mentor").get("api/v1/papers/" + paper).status()).as("another board's confidential paper")
                .isEqualTo(404);
        assertThat(api.as("regional.md").get("api/v1/papers/" + paper).status()).as("the chair, a member").isEqualTo(200);
        assertThat(api.get("api/v1/papers/" + paper).status()).isEqualTo(401);
    }

    @Test
    void publicMinutesNeedNoSignInAndNeverShowConfidentialItems() {
        // The demo's second meeting has draft minutes; they are approved at today's meeting, then published.
        long acute = board("Acute care").getJsonNumber("id").longValue();
        List<JsonObject> meetings = api.as("secretary").get("api/v1/boards/" + acute + "/meetings?size=50&sort=startsAt")
                .json().getJsonArray("items").getValuesAs(JsonObject.class);
        long second = meetings.get(1).getJsonNumber("id").longValue();
        long today = meetings.stream().filter(m -> m.getBoolean("started")).reduce((a, b) -> b).orElseThrow()
                .getJsonNumber("id").longValue();
        JsonObject page = api.as("secretary").get("api/v1/meetings/" + today).json();
        JsonObject minutesItem = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("title").startsWith("Minutes")).findFirst().orElseThrow();
        String everyone = page.getJsonArray("attendance").getValuesAs(JsonObject.class).stream()
                .map(a -> "{\"clinicianId\":" + a.getJsonNumber("clinicianId") + ",\"status\":\"PRESENT\"}")
                .collect(java.util.stream.Collectors.joining(","));
        assertThat(api.as("secretary").put("api/v1/meetings/" + today + "/attendance", "{\"attendance\":[" + everyone + "]}")
                .status()).isEqualTo(200);
        String approval = "{\"itemId\":" + minutesItem.getJsonNumber("id") + "}";
        assertThat(api.as("secretary").post("api/v1/meetings/" + second + "/minutes/approval", approval).json()
                .getString("detail")).as("the decision is recorded first").contains("Record the approval as a decision first");
        assertThat(api.as("secretary").post("api/v1/items/" + minutesItem.getJsonNumber("id") + "/decision",
                "{\"discussion\":\"Approved as a correct record.\",\"outcome\":\"AGREED\",\"version\":"
                        + minutesItem.getJsonNumber("version") + "}").status()).isEqualTo(200);
        assertThat(api.as("board.member").post("api/v1/meetings/" + second + "/minutes/approval", approval).status())
                .isEqualTo(403);
        assertThat(api.as("secretary").post("api/v1/meetings/" + second + "/minutes/publication", "").status())
                .as("not approved yet").isEqualTo(409);
        assertThat(api.as("secretary").post("api/v1/meetings/" + second + "/minutes/approval", approval).json()
                .getString("status")).isEqualTo("APPROVED");
        assertThat(api.as("secretary").get("api/v1/meetings/" + today + "/minutes/draft-from-record").json().getString("body"))
                .contains("Present: ").contains("Minutes of the previous meeting").contains("Decision: Agreed");
        assertThat(api.as("secretary").put("api/v1/meetings/" + second + "/minutes", "{\"body\":\"Changed\"}").status())
                .as("approved minutes are fixed").isEqualTo(409);
        assertThat(api.as("secretary").post("api/v1/meetings/" + second + "/minutes/publication", "").status()).isEqualTo(200);

        Answer minutes = api.get("api/v1/public/minutes");
        assertThat(minutes.status()).isEqualTo(200);
        assertThat(minutes.body()).contains("Same-day emergency care").contains("Continuity of carer")
                .contains("Frailty assessment units")
                .doesNotContain("radiology outsourcing");
        assertThat(api.as("mentor").get("api/v1/boards/" + acute + "/decisions").body()).contains("Same-day emergency care");
        Answer actions = api.as("board.member").get("api/v1/actions?status=OVERDUE");
        assertThat(actions.body()).contains("handover recovery plan");
        assertThat(api.as("board.member").getWithAccept("api/v1/actions/export.xlsx", "*/*").body()).startsWith("PK");
        assertThat(api.as("board.member").get("api/v1/actions?status=LATE").status()).isEqualTo(400);
        assertThat(api.as("board.member").post("api/v1/actions/reminders", "").status()).isEqualTo(403);
        assertThat(api.as("secretary").post("api/v1/actions/reminders", "").status()).isEqualTo(200);
        assertThat(api.as("commissioner").get("api/v1/notices").body()).as("the overdue demo action's owner")
                .contains("Overdue action: Agree a handover recovery plan");
        assertThat(api.as("secretary").post("api/v1/actions/reminders", "").json().getInt("sent")).as("once").isZero();
    }

    @Test
    void theSecretaryToMemberStoryInTheBrowser() throws Exception {
        long acute = board("Acute care").getJsonNumber("id").longValue();
        Path file = Files.createTempFile("board-paper", ".pdf");
        Files.write(file, pdf("Urgent treatment centres: opening hours"));
        try (Browser browser = Browser.open(base)) {
            browser.signIn("secretary", Demo.PASSWORD);
            browser.go("boards/board.xhtml?id=" + acute);
            browser.pickDate("schedule:startsAt", LocalDate.now().plusDays(40));
            browser.type(By.id("schedule:place"), "Board room, Northdale House");
            browser.submit(By.id("schedule:save"));
            assertThat(browser.text()).contains("The meeting is scheduled");
            String meetingUrl = browser.url().substring(browser.url().indexOf("boards/"));

            browser.type(By.id("item:title"), "Urgent treatment centres: opening hours");
            browser.choose("item:purpose", "DECISION");
            browser.type(By.id("item:presenter"), "Acute care senior clinical lead");
            browser.click(By.cssSelector("#item\\:aims label[for$='aims:0']"));
            // Organisations are added one at a time from the suggestions, and one added by mistake taken off again.
            browser.suggest("item:organisations", "northdale comm", "(RZP)");
            browser.waiting(10).until(d -> d.findElement(By.id("item:organisations_chosen")).getText().contains("(RZP)"));
            browser.suggest("item:organisations", "calderw", "(RZC)");
            browser.waiting(10).until(d -> d.findElement(By.id("item:organisations_chosen")).getText().contains("(RZC)"));
            browser.click(By.xpath("//*[@id='item:organisations_chosen']//li[contains(., '(RZP)')]//a"));
            browser.waiting(10).until(d -> !d.findElement(By.id("item:organisations_chosen")).getText().contains("(RZP)"));
            browser.submit(By.id("item:add"));
            assertThat(browser.text()).contains("The item is on the agenda").contains("Conflict");
            browser.screenshotWhole("meeting-with-conflict");

            browser.choose("paper:paperItem", browser.driver().findElement(By.cssSelector("[id^='item-']"))
                    .getAttribute("id").substring(5));
            browser.type(By.id("paper:paperTitle"), "UTC opening hours - options");
            browser.type(By.id("paper:paperAuthor"), "Acute care senior clinical lead");
            browser.type(By.id("paper:paperSummary"), "Options for extending opening hours.");
            browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
            browser.submit(By.id("paper:upload"));
            assertThat(browser.text()).contains("The paper is uploaded").contains("UTC opening hours - options");
            browser.click(By.id("publish:publishPack"));
            browser.submit(By.id("publish:confirmYes"));
            assertThat(browser.text()).contains("The pack is published");
            browser.signOut();

            browser.signIn("board.member", Demo.PASSWORD);
            assertThat(browser.text()).contains("Papers to review").contains("UTC opening hours - options")
                    .contains("Conflict flagged");
            browser.click(By.linkText("UTC opening hours - options"));
            browser.waitFor(By.id("pdf"));
            // The review by keyboard alone: arrows choose the position, a refused submit brings focus to the comment.
            browser.script("document.querySelector('#review\\\\:position input[type=radio]').focus();");
            browser.keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
            assertThat(browser.driver().findElement(By.cssSelector("#review\\:position input[id$='position:2']")).isSelected())
                    .as("two arrows down: Concerns").isTrue();
            browser.tabTo("review:comment", 3);
            browser.tabTo("review:save", 3);
            browser.keys(Keys.ENTER);
            browser.waitForText("Please correct the highlighted fields");
            assertThat(browser.focusedId()).as("focus on the comment a concern needs").isEqualTo("review:comment");
            assertThat(browser.driver().findElement(By.id("review:comment")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.driver().findElement(By.cssSelector("#review\\:position input[id$='position:2']")).isSelected())
                    .as("the chosen position is kept").isTrue();
            browser.keys("Staffing at weekends is not costed.");
            browser.tabTo("review:save", 3);
            browser.keys(Keys.ENTER);
            browser.waitForText("Your review is recorded");
            String paperUrl = browser.url().substring(browser.url().indexOf("boards/"));
            browser.signOut();

            browser.signIn("secretary", Demo.PASSWORD);
            browser.go(paperUrl);
            assertThat(browser.text()).contains("Ben Haworth — read").contains("Concerns")
                    .contains("Staffing at weekends is not costed.");
            browser.screenshotWhole("paper-as-secretary");
            browser.go(meetingUrl);
            assertThat(browser.text()).contains("Ben Haworth: Indirect interest in Calderwick");

            // The meeting that started an hour ago: attendance, a decision and an action for board.member.
            JsonObject today = api.as("secretary").get("api/v1/boards/" + acute + "/meetings?size=50").json()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(m -> m.getBoolean("started") && startedLately(m))
                    .findFirst().orElseThrow();
            browser.go("boards/meeting.xhtml?id=" + today.getJsonNumber("id"));
            for (var radio : browser.driver().findElements(By.cssSelector("#attendance label[for$=':0']"))) {
                radio.click();
            }
            browser.submit(By.id("attendance:save"));
            assertThat(browser.text()).contains("Attendance is recorded");
            JsonObject page = api.as("secretary").get("api/v1/meetings/" + today.getJsonNumber("id")).json();
            String decisionItem = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(i -> i.getString("title").startsWith("Virtual wards")).findFirst().orElseThrow()
                    .getJsonNumber("id").toString();
            browser.choose("record:recordItem", decisionItem);
            browser.type(By.id("record:discussion"), "Targets agreed subject to funding.");
            browser.choose("record:outcome", "AGREED");
            browser.submit(By.id("record:save"));
            assertThat(browser.text()).contains("The item's record is saved").contains("Decision: Agreed");
            browser.choose("action:actionItem", decisionItem);
            browser.type(By.id("action:description"), "Bring the virtual ward funding plan to the next meeting");
            browser.choose("action:owner", String.valueOf(clinicianOf("board.member")));
            browser.pickDate("action:due", LocalDate.now().plusDays(21));
            browser.submit(By.id("action:save"));
            assertThat(browser.text()).contains("The action is recorded");
            browser.signOut();

            browser.signIn("board.member", Demo.PASSWORD);
            assertThat(browser.text()).contains("Your actions").contains("Bring the virtual ward funding plan");
            // The action's status tag stands apart from its due date ("due 17 Dec 2026 Open", not "…2026Open").
            String action = "//div[@id='myActions']//li[contains(., 'Bring the virtual ward funding plan')]";
            org.openqa.selenium.Rectangle due = browser.waitFor(By.xpath(action + "/span[@class='muted']")).getRect();
            org.openqa.selenium.Rectangle tag = browser.waitFor(By.xpath(action + "/span[contains(@class, 'tag')]")).getRect();
            if (tag.getY() < due.getY() + due.getHeight()) { // on the same line (a narrow window may wrap it)
                assertThat(tag.getX()).as("space between the due date and the status")
                        .isGreaterThanOrEqualTo(due.getX() + due.getWidth() + 6);
            }
            browser.screenshotWhole("member-home");
        }
    }

    /**
     * The strategy's coverage counts what was done: two items on a meeting of the planned care board count under their
     * aims, capability, quarter and pathway; the activities behind a figure are listed; bad filters are refused in
     * words; everyone signed in reads it, the headlines are public; a medical director follows a gap in the browser.
     */
    @Test
    void theStrategysCoverageCountsTheActivitiesCreatedAndShowsTheGaps() throws Exception {
        long planned = api.as("admin").get("api/v1/boards").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("name").startsWith("Planned care")).findFirst().orElseThrow().getJsonNumber("id")
                .longValue();
        LocalDate day = LocalDate.now().plusDays(300);
        Answer meeting = api.as("secretary").post("api/v1/boards/" + planned + "/meetings", "{\"startsAt\":\""
                + day.atTime(10, 0) + "\",\"place\":\"Room 7\"}");
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
        long meetingId = meeting.json().getJsonNumber("id").longValue();
        String period = "from=" + day.minusDays(1) + "&to=" + day.plusDays(1);
        // Counted before the items exist: the counts kept must follow what is written next.
        assertThat(api.as("regional.md").get("api/v1/strategy/coverage?" + period).json().getInt("total")).isZero();
        long organisation = calderwick();
        for (String[] item : new String[][] {{"Hip fracture pathway", "\"A\",\"D\"", ""}, {"Day surgery on one site", "\"E\"",
            String.valueOf(organisation)}}) {
            Answer made = api.as("secretary").post("api/v1/meetings/" + meetingId + "/items", "{\"title\":\"" + item[0]
                    + "\",\"purpose\":\"DISCUSSION\",\"presenter\":\"Lead\",\"confidential\":false,\"aims\":[" + item[1]
                    + "],\"organisationIds\":[" + item[2] + "]}");
            assertThat(made.status()).as(made.body()).isEqualTo(201);
        }
        JsonObject coverage = api.as("regional.md").get("api/v1/strategy/coverage?" + period).json();
        assertThat(coverage.getInt("total")).isEqualTo(2);
        // An agenda item counts for each organisation it names, in the figures and in the activities behind them.
        assertThat(coverage.getJsonArray("organisations").getValuesAs(JsonObject.class)).extracting(o -> o.getJsonNumber("id")
                .longValue() + "=" + o.getJsonNumber("total").longValue()).containsExactly(organisation + "=1");
        assertThat(api.as("regional.md").get("api/v1/strategy/coverage?" + period + "&organisation=" + organisation).json()
                .getInt("total")).isEqualTo(1);
        JsonObject concerning = api.as("regional.md").get("api/v1/strategy/activities?" + period + "&organisation=" + organisation)
                .json();
        assertThat(concerning.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(a -> a.getString("title"))
                .containsExactly("Day surgery on one site");
        Map<String, Long> boardsByAim = new java.util.HashMap<>();
        for (JsonObject aim : coverage.getJsonArray("aims").getValuesAs(JsonObject.class)) {
            boardsByAim.put(aim.getString("code"), aim.getJsonArray("cells").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("capability").equals("Pathway boards")).findFirst().orElseThrow()
                    .getJsonNumber("total").longValue());
        }
        assertThat(boardsByAim).containsExactlyInAnyOrderEntriesOf(Map.of("A", 1L, "B", 0L, "C", 0L, "D", 1L, "E", 1L));
        JsonObject plannedRow = coverage.getJsonArray("pathways").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals("PLANNED_CARE")).findFirst().orElseThrow();
        assertThat(plannedRow.getJsonNumber("total").longValue()).isEqualTo(2);
        assertThat(plannedRow.getJsonObject("byAim").getJsonNumber("E").longValue()).isEqualTo(1);
        assertThat(api.as("board.member").get("api/v1/strategy/coverage?" + period + "&pathway=ACUTE_CARE").json().getInt("total"))
                .isZero();
        JsonObject underD = api.as("mentor").get("api/v1/strategy/activities?aim=D&" + period).json();
        assertThat(underD.getInt("total")).isEqualTo(1);
        assertThat(underD.getJsonArray("items").getJsonObject(0).getString("title")).isEqualTo("Hip fracture pathway");
        assertThat(underD.getJsonArray("items").getJsonObject(0).getJsonNumber("pageId").longValue()).isEqualTo(meetingId);
        assertThat(api.as("provider").get("api/v1/strategy/activities?kind=AGENDA_ITEM&" + period).json().getInt("total")).isEqualTo(2);
        // Bad filters are refused in words.
        assertThat(api.as("admin").get("api/v1/strategy/coverage?from=" + day + "&to=" + day.minusDays(5)).body())
                .contains("The period starts after it ends.");
        assertThat(api.as("admin").get("api/v1/strategy/coverage?from=1.4.2026").body()).contains("Write the date as 2026-04-01.");
        assertThat(api.as("admin").get("api/v1/strategy/activities?aim=Z").body()).contains("The aim is one of A, B, C, D or E.");
        assertThat(api.as("admin").get("api/v1/strategy/activities?kind=NOPE").status()).isEqualTo(400);
        assertThat(api.as("admin").get("api/v1/strategy/activities?organisation=abc").status()).isEqualTo(400);
        // Gaps and headlines: everyone signed in; the headlines without sign-in too, counts only.
        JsonObject gaps = api.as("aspiring.leader").get("api/v1/strategy/gaps").json();
        assertThat(gaps.getString("recent")).startsWith("the three months since ");
        // The demo leaves one gap on purpose: every pathway has activity under every aim but End of life under C.
        assertThat(gaps.getJsonArray("gaps").getValuesAs(JsonObject.class).stream().filter(g -> g.getString("type")
                .equals("PATHWAY_WITHOUT_AIM")).map(g -> g.getString("pathwayCode") + ":" + g.getString("aim")).toList())
                .containsExactly("END_OF_LIFE:C");
        assertThat(gaps.getInt("aimGaps")).isZero();
        assertThat(api.anonymous().get("api/v1/strategy/gaps").status()).isEqualTo(401);
        Answer headlines = api.anonymous().get("api/v1/public/strategy/headlines");
        assertThat(headlines.status()).isEqualTo(200);
        assertThat(headlines.json().getJsonArray("figures").getValuesAs(JsonObject.class)).extracting(f -> f.getString("key"))
                .containsExactly("leadsInPost", "pathwaysWithTwoLeads", "nsrLeads", "aspiringLeaders", "cquinWithAdvice",
                        "reconfigurationsReviewed", "adviceMedianDays");
        // The year in review: a real PDF (its first page drawn as an image, the chart's blue bars on it) and a spreadsheet.
        int year = LocalDate.now().getMonthValue() >= 4 ? LocalDate.now().getYear() : LocalDate.now().getYear() - 1;
        byte[] pdf = api.as("board.member").download("api/v1/strategy/annual-report/" + year + ".pdf", "application/pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument report = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(report);
            assertThat(text).contains("Clinical leadership and involvement: year in review").contains("Headline figures")
                    .contains("Aim A").contains("Aim E").contains("The aspiring leaders programme")
                    .contains("Return on investment").contains("Every cohort to date");
            // The notable items and decisions link to their pages in the portal.
            List<String> links = new ArrayList<>();
            for (org.apache.pdfbox.pdmodel.PDPage page : report.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI open) {
                        links.add(open.getURI());
                    }
                }
            }
            assertThat(links).isNotEmpty().allMatch(u -> u.startsWith("http") && u.contains(".xhtml") && !u.contains("api/v1"));
            assertThat(links).anyMatch(u -> u.contains("/boards/meeting.xhtml?id="));
            java.awt.image.BufferedImage first = new org.apache.pdfbox.rendering.PDFRenderer(report).renderImageWithDPI(0, 60);
            javax.imageio.ImageIO.write(first, "png", Path.of("target", "year-in-review-page-1.png").toFile());
            boolean blue = false;
            for (int x = 0; x < first.getWidth() && !blue; x++) {
                for (int y = 0; y < first.getHeight() && !blue; y++) {
                    java.awt.Color c = new java.awt.Color(first.getRGB(x, y));
                    blue = c.getBlue() > 150 && c.getRed() < 40 && c.getGreen() < 120;
                }
            }
            assertThat(blue).as("the chart's bars are drawn").isTrue();
            // Every page drawn as an image (kept under target/ to be looked at) and none of them blank.
            for (int p = 1; p < report.getNumberOfPages(); p++) {
                java.awt.image.BufferedImage next = new org.apache.pdfbox.rendering.PDFRenderer(report).renderImageWithDPI(p, 60);
                javax.imageio.ImageIO.write(next, "png", Path.of("target", "year-in-review-page-" + (p + 1) + ".png").toFile());
                boolean ink = false;
                for (int x = 0; x < next.getWidth() && !ink; x += 2) {
                    for (int yy = 0; yy < next.getHeight() && !ink; yy += 2) {
                        ink = (next.getRGB(x, yy) & 0xFFFFFF) != 0xFFFFFF;
                    }
                }
                assertThat(ink).as("page " + (p + 1) + " has something on it").isTrue();
            }
        }
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        byte[] sheet = api.as("programme.manager").download("api/v1/strategy/annual-report/" + year + ".xlsx", xlsx);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(sheet))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Headline figures");
            List<String> sections = new ArrayList<>();
            book.getSheetAt(0).forEach(row -> sections.add(row.getCell(0).getStringCellValue()));
            assertThat(sections).contains("Return on investment");
        }
        assertThat(api.as("mentor").getWithAccept("api/v1/strategy/annual-report/" + year + ".pdf", "application/pdf").status())
                .isEqualTo(403);
        assertThat(api.as("admin").getWithAccept("api/v1/strategy/annual-report/1999.pdf", "application/pdf").body())
                .contains("Choose a financial year");
        assertThat(api.as("admin").getWithAccept("api/v1/strategy/annual-report/" + (year + 1) + ".xlsx", xlsx).status())
                .isEqualTo(400);
        assertThat(api.as("admin").getWithAccept("api/v1/strategy/annual-report/next.pdf", "application/pdf").status()).isEqualTo(400);
        try (Browser browser = Browser.open(base)) {
            browser.signIn("regional.md", Demo.PASSWORD);
            browser.go("strategy/coverage.xhtml");
            assertThat(browser.driver().findElement(By.id("headlines")).getText()).contains("Senior clinical leads in post");
            assertThat(browser.driver().findElement(By.id("heatmap")).getText()).contains("Pathway boards");
            assertThat(browser.driver().findElement(By.id("report-pdf-" + year)).getAttribute("href"))
                    .endsWith("/api/v1/strategy/annual-report/" + year + ".pdf");
            browser.click(By.cssSelector("#gaps li a"));
            assertThat(browser.text()).contains("Activities of the strategy");
            browser.go("public/strategy.xhtml");
            assertThat(browser.text()).contains("Aspiring leaders funded");
        }
    }

    // ---- E-mail: invitations, notices without confidential words, the digest, the address check, failures ----

    @Test
    void membersAreInvitedByEmailAndNoticesNeverCarryConfidentialWords() throws Exception {
        long acute = board("Acute care").getJsonNumber("id").longValue();
        String chair = api.as("regional.md").get("api/v1/me/mail").json().getString("address");
        String member = api.as("board.member").get("api/v1/me/mail").json().getString("address");
        long meeting = schedule(acute, 33);

        jakarta.mail.internet.MimeMessage invitation = Mailbox.awaitOne(MAIL, chair, "Invitation: Acute care",
                "meeting.xhtml?id=" + meeting);
        String ics = Mailbox.part(invitation, "text/calendar");
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics));
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        net.fortuna.ical4j.model.component.VEvent event = calendar.<net.fortuna.ical4j.model.component.VEvent>getComponent("VEVENT").orElseThrow();
        assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("meeting-" + meeting + "@clinical-leadership-portal");
        assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("0");
        assertThat(event.getProperty("ATTENDEE").orElseThrow().getValue()).isEqualTo("mailto:" + chair);
        assertThat(event.getProperty("ORGANIZER")).isPresent();
        assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Room 3");
        assertThat(Mailbox.text(invitation)).contains("https://portal.northdale.example/boards/meeting.xhtml?id=" + meeting);
        Mailbox.awaitOne(MAIL, member, "Invitation: Acute care", "meeting.xhtml?id=" + meeting); // on a daily digest; invitations still come

        addItem(meeting, "Calderwick secret merger terms", "DECISION", true, String.valueOf(calderwick()));
        jakarta.mail.internet.MimeMessage conflict = Mailbox.awaitOne(MAIL, chair, "New notice about a board meeting",
                "meeting.xhtml?id=" + meeting);
        assertThat(Mailbox.text(conflict)).contains("https://portal.northdale.example/boards/meeting.xhtml?id=" + meeting)
                .contains("stays in the portal");
        assertThat(api.as("secretary").post("api/v1/meetings/" + meeting + "/publish", "").status()).isEqualTo(200);
        jakarta.mail.internet.MimeMessage published = Mailbox.awaitOne(MAIL, chair, "Board pack published: Acute care",
                "meeting.xhtml?id=" + meeting);
        assertThat(Mailbox.text(published)).as("a shareable notice says what it is").contains("is published");
        assertThat(published.getHeader("Message-ID")[0]).contains("@portal.northdale.example");

        // The hourly schedule's work, hour by hour: the member chose 8:00 (UK time), the region's default hour too.
        Answer notYet = api.as("admin").post("api/v1/outbox/digests?hour=9", "");
        assertThat(notYet.status()).as(notYet.body()).isEqualTo(200);
        assertThat(notYet.json().getInt("queued")).as("nobody's daily e-mail is due at 9:00").isZero();
        for (String hour : new String[] {"24", "-1", "eight", "8.5", "99999999999"}) {
            Answer wrong = api.as("admin").post("api/v1/outbox/digests?hour=" + hour, "");
            assertThat(wrong.status()).as(hour).isEqualTo(400);
            assertThat(wrong.body()).as(hour).contains("The hour is a whole number from 0 to 23");
        }
        Answer digests = api.as("admin").post("api/v1/outbox/digests?hour=8", "");
        assertThat(digests.status()).as(digests.body()).isEqualTo(200);
        assertThat(digests.json().getInt("queued")).isGreaterThanOrEqualTo(1);
        jakarta.mail.internet.MimeMessage digest = Mailbox.awaitOne(MAIL, member, "notice", "Since your last daily e-mail");
        assertThat(Mailbox.text(digest)).contains("Since your last daily e-mail").contains("Board pack published: Acute care")
                .contains("A notice about a board meeting");
        assertThat(api.as("board.member").post("api/v1/outbox/digests", "").status()).isEqualTo(403);

        for (jakarta.mail.internet.MimeMessage m : MAIL.getReceivedMessages()) {
            assertThat(m.getSubject() + Mailbox.text(m) + Mailbox.part(m, "text/html")).as("no e-mail carries a confidential title")
                    .doesNotContain("secret merger").doesNotContain("Ben Haworth");
        }
        Answer sent = api.as("admin").get("api/v1/outbox?to=" + chair + "&status=SENT&size=50");
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(3);
        assertThat(api.as("secretary").get("api/v1/outbox").status()).isEqualTo(403);
        assertThat(api.as("admin").get("api/v1/outbox?status=LOST").status()).isEqualTo(400);
    }

    @Test
    void aMovedOrCancelledMeetingUpdatesTheInvitationsInPlace() throws Exception {
        long acute = board("Acute care").getJsonNumber("id").longValue();
        String chair = api.as("regional.md").get("api/v1/me/mail").json().getString("address");
        long meeting = schedule(acute, 37);
        Mailbox.awaitOne(MAIL, chair, "Invitation: Acute care", "meeting.xhtml?id=" + meeting);
        long version = api.as("secretary").get("api/v1/meetings/" + meeting).json().getJsonObject("meeting")
                .getJsonNumber("version").longValue();
        String later = LocalDateTime.now().plusDays(38).withHour(15).withMinute(30).withSecond(0).withNano(0).toString();
        String move = "{\"startsAt\":\"" + later + "\",\"place\":\"Room 4\",\"version\":" + version + "}";
        assertThat(api.as("board.member").put("api/v1/meetings/" + meeting, move).status()).isEqualTo(403);
        Answer moved = api.as("secretary").put("api/v1/meetings/" + meeting, move);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().getInt("sequence")).isEqualTo(1);
        assertThat(api.as("secretary").put("api/v1/meetings/" + meeting, move).status()).as("from a page read before").isEqualTo(409);

        net.fortuna.ical4j.model.component.VEvent update = event(Mailbox.awaitOne(MAIL, chair, "Moved: Acute care",
                "meeting.xhtml?id=" + meeting), "REQUEST");
        assertThat(update.getProperty("UID").orElseThrow().getValue()).isEqualTo("meeting-" + meeting + "@clinical-leadership-portal");
        assertThat(update.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
        assertThat(update.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Room 4");
        assertThat(update.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo(java.time.format.DateTimeFormatter
                .ofPattern("yyyyMMdd'T'HHmmss'Z'").format(LocalDateTime.parse(later).atZone(java.time.ZoneId.of("Europe/London"))
                        .withZoneSameInstant(java.time.ZoneOffset.UTC)));

        Answer cancelled = api.as("secretary").post("api/v1/meetings/" + meeting + "/cancel", "{\"reason\":\"Not quorate: "
                + "the items go to the next meeting\",\"version\":" + moved.json().getJsonNumber("version").longValue() + "}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        net.fortuna.ical4j.model.component.VEvent withdrawn = event(Mailbox.awaitOne(MAIL, chair, "Cancelled: Acute care",
                "meeting.xhtml?id=" + meeting), "CANCEL");
        assertThat(withdrawn.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");
        assertThat(withdrawn.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(api.as("regional.md").get("api/v1/notices").body()).contains("Meeting cancelled: Acute care")
                .contains("Not quorate");
        Answer item = api.as("secretary").post("api/v1/meetings/" + meeting + "/items", "{\"title\":\"Late item\",\"purpose\":"
                + "\"DECISION\",\"presenter\":\"Lead\",\"confidential\":false,\"aims\":[\"A\"],\"organisationIds\":[]}");
        assertThat(item.status()).isEqualTo(409);
        assertThat(item.body()).contains("cancelled");
        assertThat(api.as("board.member").getWithAccept("api/v1/boards/" + acute + "/calendar.ics", "text/calendar").body())
                .contains("STATUS:CANCELLED");
        assertThat(java.util.Arrays.stream(MAIL.getReceivedMessages()).map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).as("the invitation tells it; no second e-mail from the notice").noneMatch(sub -> sub.startsWith("Meeting cancelled"));
    }

    private static net.fortuna.ical4j.model.component.VEvent event(jakarta.mail.internet.MimeMessage message, String method)
            throws Exception {
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(Mailbox.part(message, "text/calendar")));
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo(method);
        return calendar.<net.fortuna.ical4j.model.component.VEvent>getComponent("VEVENT").orElseThrow();
    }

    @Test
    void aNewAddressIsUsedOnlyOnceItsLinkIsOpened() throws Exception {
        JsonObject mine = api.as("mentor").get("api/v1/me/mail").json();
        String fresh = "mentor.new@northdale.nhs.example";
        Answer changed = api.as("mentor").put("api/v1/me/mail/address", "{\"address\":\"" + fresh + "\",\"version\":"
                + mine.getJsonNumber("version").longValue() + "}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getBoolean("awaitingCheck")).isTrue();
        Answer stale = api.as("mentor").put("api/v1/me/mail/address", "{\"address\":\"x@nhs.net\",\"version\":"
                + mine.getJsonNumber("version").longValue() + "}");
        assertThat(stale.status()).as("an edit from an old page is refused, not applied").isEqualTo(409);
        Answer bad = api.as("mentor").put("api/v1/me/mail/address", "{\"address\":\"not an address\",\"version\":"
                + changed.json().getJsonNumber("version").longValue() + "}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Enter an e-mail address like name@nhs.net.");

        jakarta.mail.internet.MimeMessage check = Mailbox.awaitOne(MAIL, fresh, "Check your e-mail address");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("verify-email\\.xhtml\\?token=([A-Za-z0-9_-]+)")
                .matcher(Mailbox.text(check));
        assertThat(link.find()).as(Mailbox.text(check)).isTrue();
        Answer wrong = api.as("mentor").post("api/v1/me/mail/check", "{\"token\":\"" + link.group(1) + "x\"}");
        assertThat(wrong.status()).isEqualTo(409);
        assertThat(wrong.body()).contains("does not check your current e-mail address");
        assertThat(api.as("secretary").post("api/v1/me/mail/check", "{\"token\":\"" + link.group(1) + "\"}").status())
                .as("someone else's link").isNotEqualTo(200);
        Answer checked = api.as("mentor").post("api/v1/me/mail/check", "{\"token\":\"" + link.group(1) + "\"}");
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        assertThat(checked.json().getBoolean("checked")).isTrue();
        assertThat(checked.json().getString("address")).isEqualTo(fresh);
        assertThat(api.as("mentor").post("api/v1/me/mail/check", "{\"token\":\"" + link.group(1) + "\"}").status())
                .as("a link works once").isEqualTo(409);

        Answer none = api.as("mentor").put("api/v1/me/mail/delivery", "{\"delivery\":\"DIGEST\",\"digestHour\":24,\"version\":"
                + checked.json().getJsonNumber("version").longValue() + "}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("between 00:00 and 23:00");
    }

    @Test
    void aPersonSetsTheirAddressAndDailyEmailOnMyNotificationsInTheBrowser() throws Exception {
        try (Browser browser = Browser.open(base, "my-notifications")) {
            browser.signIn("programme.manager", Demo.PASSWORD);
            browser.click(By.id("menuNotifications"));
            browser.waitFor(By.id("mail:address"));
            browser.type(By.id("mail:address"), "not an address");
            browser.submit(By.id("mail:saveAddress"));
            assertThat(browser.text()).contains("Enter an e-mail address like name@nhs.net.");
            assertThat(browser.driver().findElement(By.id("mail:address")).getAttribute("aria-invalid")).isEqualTo("true");

            String fresh = "pm.new@northdale.nhs.example";
            browser.type(By.id("mail:address"), fresh);
            browser.submit(By.id("mail:saveAddress"));
            assertThat(browser.text()).contains("A link to check the address is on its way to " + fresh)
                    .contains("Waiting for you to open the link sent to " + fresh);
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("https://portal\\.northdale\\.example/(account/verify-email"
                    + "\\.xhtml\\?token=[A-Za-z0-9_-]+)").matcher(Mailbox.text(Mailbox.awaitOne(MAIL, fresh, "Check your e-mail address")));
            assertThat(link.find()).isTrue();
            browser.go(link.group(1));
            assertThat(browser.text()).contains("Thank you: " + fresh + " is checked.");

            browser.go("account/notifications.xhtml");
            browser.click(By.cssSelector("label[for='choice:delivery:2']"));
            browser.choose("choice:digestHour", "7");
            browser.submit(By.id("choice:saveChoice"));
            assertThat(browser.text()).contains("Saved: in one e-mail a day, at 07:00.");
            browser.screenshot("my-notifications");
        }
        JsonObject saved = api.as("programme.manager").get("api/v1/me/mail").json();
        assertThat(saved.getString("delivery")).isEqualTo("DIGEST");
        assertThat(saved.getInt("digestHour")).isEqualTo(7);
        assertThat(saved.getBoolean("checked")).isTrue();
    }

    @Test
    void mailThatCannotBeDeliveredIsRetriedThenShownAsNotSentAndCanBeSentAgain() throws Exception {
        String chair = api.as("regional.md").get("api/v1/me/mail").json().getString("address");
        long acute = board("Acute care").getJsonNumber("id").longValue();
        MAIL.stop();
        long meeting;
        try {
            meeting = schedule(acute, 41);
            JsonObject failed = Mailbox.awaitOutbox(api.as("admin"), chair, "FAILED", "meeting.xhtml?id=" + meeting, 30);
            assertThat(failed.getInt("attempts")).as("it was tried again before giving up").isGreaterThanOrEqualTo(2);
            assertThat(failed.getString("lastError")).isNotBlank();
        } finally {
            MAIL.start();
        }
        JsonObject failed = Mailbox.awaitOutbox(api.as("admin"), chair, "FAILED", "meeting.xhtml?id=" + meeting, 5);
        Answer retried = api.as("admin").post("api/v1/outbox/" + failed.getJsonNumber("id").longValue() + "/retry", "");
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(Mailbox.awaitOne(MAIL, chair, "Invitation: Acute care", "meeting.xhtml?id=" + meeting).getSubject())
                .contains("Invitation");
        assertThat(api.as("admin").post("api/v1/outbox/" + failed.getJsonNumber("id").longValue() + "/retry", "").status())
                .as("a sent message is not sent again").isEqualTo(409);
        assertThat(meeting).isPositive();
    }
}
