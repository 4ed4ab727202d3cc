package org.clinlead.portal.reconfiguration;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clinlead.portal.shared.PdfDocuments;
import org.clinlead.portal.testing.Api;
import org.clinlead.portal.testing.Api.Answer;
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
import org.openqa.selenium.By;

/**
 * Reviews of the strategy's aims D and E on the real WAR: reconfiguration proposals — every rule refused in words
 * and nothing half-saved, who sees what, the public log never showing internal material — and the whole review in
 * the browser.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewsIT {

    /** Demo leads in post: the acute care lead (an interest in Greyhaven Hospitals) and the NSR lead at Brackenfield. */
    private static final String CONFLICTED_LEAD = "Dev Chaudhry";
    private static final String CHAIR = "Kavya Lindqvist";

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

    private long organisation(String code) {
        return api.as("admin").get("api/v1/organisations?nationalCode=" + code).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    private long submit(String who, String title, String sponsorCode, String... affectedCodes) {
        JsonArrayBuilder affected = Json.createArrayBuilder();
        for (String code : affectedCodes) {
            affected.add(organisation(code));
        }
        Answer made = api.as(who).post("api/v1/reconfigurations", Json.createObjectBuilder().add("title", title)
                .add("sponsorId", organisation(sponsorCode)).add("services", "Stroke units at two sites")
                .add("summary", "Thrombolysis within the hour for every patient.").add("pathwayCode", "ACUTE_CARE")
                .add("affectedIds", affected).build().toString());
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().getJsonNumber("id").longValue();
    }

    private JsonObject view(String who, long id) {
        Answer a = api.as(who).get("api/v1/reconfigurations/" + id);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    private static long version(JsonObject view) {
        return view.getJsonNumber("version").longValue();
    }

    /** A candidate lead's clinician id, by name, from the medical director's view of the proposal. */
    private long lead(long id, String name) {
        return view("regional.md", id).getJsonArray("candidates").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("clinicianId").longValue();
    }

    private long otherLead(long id, String... not) {
        return view("regional.md", id).getJsonArray("candidates").getValuesAs(JsonObject.class).stream()
                .filter(c -> !List.of(not).contains(c.getString("name")) && c.getJsonArray("interests").isEmpty())
                .findFirst().orElseThrow().getJsonNumber("clinicianId").longValue();
    }

    private Answer setPanel(long id, long chair, long... members) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (long m : members) {
            ids.add(m);
        }
        return api.as("regional.md").put("api/v1/reconfigurations/" + id + "/panel", Json.createObjectBuilder()
                .add("memberIds", ids).add("chairId", chair).add("version", version(view("regional.md", id))).build().toString());
    }

    private Answer judge(String who, long id, int position, String judgement, String comment, boolean internal) {
        JsonObject item = view(who, id).getJsonArray("items").getJsonObject(position);
        var body = Json.createObjectBuilder().add("itemId", item.getJsonNumber("id")).add("judgement", judgement)
                .add("internal", internal).add("version", item.getJsonNumber("version"));
        if (comment != null) {
            body.add("comment", comment);
        }
        return api.as(who).post("api/v1/reconfigurations/" + id + "/judgements", body.build().toString());
    }

    @Test
    void everyRuleOfAReviewIsRefusedInWordsAndNothingIsHalfSaved() {
        long id = submit("commissioner", "Stroke units on two sites (rules)", "5Z4", "RZG");
        assertThat(api.as("provider").post("api/v1/reconfigurations", "{\"title\":\"x\",\"sponsorId\":" + organisation("5Z4")
                + ",\"services\":\"x\",\"summary\":\"x\"}").status()).as("a provider for another organisation").isEqualTo(403);
        assertThat(api.as("aspiring.leader").post("api/v1/reconfigurations", "{}").status()).isEqualTo(403);
        Answer blank = api.as("commissioner").post("api/v1/reconfigurations", "{\"title\":\" \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("The title").contains("sponsoring organisation");

        long chair = lead(id, CHAIR);
        long conflicted = lead(id, CONFLICTED_LEAD);
        long third = otherLead(id, CHAIR, CONFLICTED_LEAD);
        // A stage skipped: no decision, judgement or recommendation before the clinical review.
        Answer early = api.as("commissioner").post("api/v1/reconfigurations/" + id + "/decision",
                "{\"decision\":\"Go ahead\",\"decidedOn\":\"" + LocalDate.now() + "\",\"version\":" + version(view("commissioner", id)) + "}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("after the panel's recommendation; this proposal is at case for change submitted");
        // The panel: three or more, a chair among them, leads in post only; the commissioner may not set it.
        Answer two = setPanel(id, chair, chair, conflicted);
        assertThat(two.status()).isEqualTo(400);
        assertThat(two.body()).contains("at least 3 members (2 chosen)");
        assertThat(setPanel(id, 999_999, chair, conflicted, third).body()).contains("Choose the panel's chair from its members");
        assertThat(view("admin", id).getString("stage")).as("nothing half-saved").isEqualTo("SUBMITTED");
        assertThat(api.as("commissioner").put("api/v1/reconfigurations/" + id + "/panel", "{\"memberIds\":[" + chair + "," + conflicted
                + "," + third + "],\"chairId\":" + chair + ",\"version\":" + version(view("commissioner", id)) + "}").status())
                .isEqualTo(403);
        Answer stale = api.as("regional.md").put("api/v1/reconfigurations/" + id + "/panel", "{\"memberIds\":[" + chair + ","
                + conflicted + "," + third + "],\"chairId\":" + chair + ",\"version\":" + (version(view("admin", id)) + 5) + "}");
        assertThat(stale.status()).as("someone else's change meanwhile").isEqualTo(409);
        Answer set = setPanel(id, chair, chair, conflicted, third);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().getString("stage")).isEqualTo("CLINICAL_REVIEW");

        // A non-member may not judge; the conflicted member must state the handling first; short of "met" needs a comment.
        assertThat(judge("board.member", id, 0, "MET", null, false).status()).isEqualTo(403);
        Answer unstated = judge("clinical.lead", id, 0, "MET", null, false);
        assertThat(unstated.status()).isEqualTo(409);
        assertThat(unstated.body()).contains("live declared interest").contains("Greyhaven Hospitals");
        assertThat(api.as("clinical.lead").post("api/v1/reconfigurations/" + id + "/panel/interest-statement",
                "{\"handling\":\" \",\"version\":" + version(view("clinical.lead", id)) + "}").status()).isEqualTo(400);
        Answer stated = api.as("clinical.lead").post("api/v1/reconfigurations/" + id + "/panel/interest-statement",
                "{\"handling\":\"The chair reviews my judgements on workforce.\",\"version\":" + version(view("clinical.lead", id)) + "}");
        assertThat(stated.status()).as(stated.body()).isEqualTo(200);
        assertThat(judge("clinical.lead", id, 0, "MET", null, false).status()).isEqualTo(200);
        Answer bare = judge("national.lead", id, 1, "NOT_MET", null, false);
        assertThat(bare.status()).isEqualTo(400);
        assertThat(bare.body()).contains("what is missing");

        // The recommendation needs every item judged, and the chair.
        Answer tooSoon = api.as("national.lead").post("api/v1/reconfigurations/" + id + "/recommendation",
                "{\"recommendation\":\"SUPPORTED\",\"rationale\":\"Sound\",\"version\":" + version(view("national.lead", id)) + "}");
        assertThat(tooSoon.status()).isEqualTo(409);
        assertThat(tooSoon.body()).contains("Every item of the evidence checklist is judged before the recommendation: 7 are not");
        for (int i = 1; i < 8; i++) {
            assertThat(judge("national.lead", id, i, i == 6 ? "PARTLY_MET" : "MET", i == 6 ? "Internal: ask the trust again" : null,
                    i == 6).status()).isEqualTo(200);
        }
        Answer notChair = api.as("clinical.lead").post("api/v1/reconfigurations/" + id + "/recommendation",
                "{\"recommendation\":\"SUPPORTED\",\"rationale\":\"Sound\",\"version\":" + version(view("clinical.lead", id)) + "}");
        assertThat(notChair.body()).contains("The panel's chair makes its recommendation");
        Answer noCondition = api.as("national.lead").post("api/v1/reconfigurations/" + id + "/recommendation",
                "{\"recommendation\":\"SUPPORTED_WITH_CONDITIONS\",\"rationale\":\"Sound\",\"conditions\":[],\"version\":"
                        + version(view("national.lead", id)) + "}");
        assertThat(noCondition.status()).isEqualTo(400);
        Answer recommended = api.as("national.lead").post("api/v1/reconfigurations/" + id + "/recommendation",
                "{\"recommendation\":\"SUPPORTED_WITH_CONDITIONS\",\"rationale\":\"Sound case\",\"conditions\":[\"Audit travel times\"],"
                        + "\"version\":" + version(view("national.lead", id)) + "}");
        assertThat(recommended.status()).as(recommended.body()).isEqualTo(200);

        // Evidence closes at the recommendation; a decision in the future or before the recommendation is refused.
        JsonObject item = view("commissioner", id).getJsonArray("items").getJsonObject(0);
        assertThat(api.as("commissioner").put("api/v1/reconfigurations/" + id + "/evidence/" + item.getJsonNumber("id"),
                "{\"evidence\":\"Late\",\"version\":" + item.getJsonNumber("version") + "}").status()).isEqualTo(409);
        Answer future = api.as("commissioner").post("api/v1/reconfigurations/" + id + "/decision", "{\"decision\":\"Go\",\"decidedOn\":\""
                + LocalDate.now().plusDays(3) + "\",\"version\":" + version(view("commissioner", id)) + "}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("in the future");
        assertThat(api.as("provider").post("api/v1/reconfigurations/" + id + "/decision", "{\"decision\":\"Go\",\"decidedOn\":\""
                + LocalDate.now() + "\",\"version\":" + version(view("admin", id)) + "}").status()).as("not the sponsor").isEqualTo(404);
        Answer decided = api.as("commissioner").post("api/v1/reconfigurations/" + id + "/decision", "{\"decision\":\"The board "
                + "approved it.\",\"decidedOn\":\"" + LocalDate.now() + "\",\"version\":" + version(view("commissioner", id)) + "}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(api.as("commissioner").post("api/v1/reconfigurations/" + id + "/closure", "{\"version\":"
                + version(view("commissioner", id)) + "}").status()).as("closed by the regional team").isEqualTo(403);
        assertThat(api.as("regional.md").post("api/v1/reconfigurations/" + id + "/closure", "{\"version\":"
                + version(view("regional.md", id)) + "}").json().getString("stage")).isEqualTo("CLOSED");

        // The public log: the stage, the panel, the condition; never the internal comment.
        Answer log = api.anonymous().get("api/v1/public/reconfigurations/" + id);
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.body()).contains("Supported with conditions").contains("Audit travel times").contains(CHAIR)
                .doesNotContain("Internal: ask the trust again").doesNotContain("The chair reviews my judgements");
    }

    @Test
    void eachRoleSeesOnlyTheProposalsItMayAndDocumentsNeverGoPublic() {
        long id = submit("provider", "Community stroke rehabilitation beds", "RZP", "5Z4");
        assertThat(api.as("commissioner").get("api/v1/reconfigurations/" + id).status()).as("an organisation affected").isEqualTo(200);
        assertThat(api.as("board.member").get("api/v1/reconfigurations/" + id).status()).isEqualTo(200);
        for (String outsider : List.of("aspiring.leader", "mentor", "programme.manager", "secretary", "practice.manager")) {
            assertThat(api.as(outsider).get("api/v1/reconfigurations/" + id).status()).as(outsider).isEqualTo(404);
            assertThat(api.as(outsider).get("api/v1/reconfigurations?stage=&size=200").json().getJsonArray("items")
                    .getValuesAs(JsonObject.class)).as(outsider).noneMatch(p -> p.getJsonNumber("id").longValue() == id);
        }
        JsonObject item = view("provider", id).getJsonArray("items").getJsonObject(0);
        String items = "api/v1/reconfigurations/" + id + "/evidence/" + item.getJsonNumber("id");
        Answer notPdf = api.as("provider").postMultipart(items + "/documents", Map.of(), "audit.pdf",
                "not a pdf".getBytes(StandardCharsets.UTF_8));
        assertThat(notPdf.status()).isEqualTo(400);
        Answer pdf = api.as("provider").postMultipart(items + "/documents", Map.of(), "audit.pdf",
                PdfDocuments.text("Audit", List.of("Length of stay by ward.")));
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(201);
        assertThat(api.as("commissioner").postMultipart(items + "/documents", Map.of(), "audit.pdf",
                PdfDocuments.text("Audit", List.of("x"))).status()).as("not the sponsor").isEqualTo(403);
        String content = "api/v1/reconfigurations/" + id + "/documents/" + pdf.json().getJsonNumber("id") + "/content";
        assertThat(api.as("commissioner").get(content).status()).isEqualTo(200);
        assertThat(api.as("aspiring.leader").get(content).status()).isEqualTo(404);
        assertThat(api.anonymous().get(content).status()).isEqualTo(401);
        assertThat(api.anonymous().get("api/v1/public/reconfigurations/" + id).body()).contains("Community stroke rehabilitation beds")
                .doesNotContain("audit.pdf");
        assertThat(api.anonymous().get("api/v1/public/reconfigurations?size=200").json().getInt("total")).isGreaterThanOrEqualTo(5);
        assertThat(api.anonymous().get("api/v1/reconfigurations").status()).isEqualTo(401);
    }

    @Test
    void adviceOnAProposalCanBeAskedOfAKeyProgrammesLeads() {
        long id = submit("commissioner", "Stroke thrombolysis at night", "5Z4", "RZG");
        String due = LocalDate.now().plusDays(10).toString();
        Answer both = api.as("commissioner").post("api/v1/advice-requests", "{\"question\":\"Night-time ambulance times?\","
                + "\"pathwayCode\":\"ACUTE_CARE\",\"programmeCode\":\"URGENT_EMERGENCY\",\"dueOn\":\"" + due + "\",\"urgency\":\"ROUTINE\"}");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body()).contains("not both");
        assertThat(api.as("commissioner").post("api/v1/advice-requests", "{\"question\":\"Q?\",\"programmeCode\":\"NOPE\","
                + "\"dueOn\":\"" + due + "\",\"urgency\":\"ROUTINE\"}").body()).contains("no key programme with code");
        Answer asked = api.as("commissioner").post("api/v1/advice-requests", "{\"question\":\"Can the ambulance service reach "
                + "Greyhaven General within the hour at night?\",\"programmeCode\":\"URGENT_EMERGENCY\",\"subject\":\"RECONFIGURATION\","
                + "\"subjectId\":" + id + ",\"dueOn\":\"" + due + "\",\"urgency\":\"ROUTINE\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        JsonObject summary = asked.json().getJsonObject("summary");
        assertThat(summary.getString("askedOf")).isEqualTo("the Urgent and emergency care programme");
        assertThat(summary.getString("subjectLabel")).isEqualTo("Stroke thrombolysis at night (Greyhaven Primary Care Trust)");
        long request = summary.getJsonNumber("id").longValue();
        // The programme's lead (national.lead) takes it on; the acute care pathway's lead does not see it.
        assertThat(api.as("clinical.lead").get("api/v1/advice-requests/" + request).status()).isEqualTo(404);
        assertThat(api.as("national.lead").get("api/v1/advice-requests?status=OPEN&size=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).anyMatch(r -> r.getJsonNumber("id").longValue() == request);
        Answer accepted = api.as("national.lead").post("api/v1/advice-requests/" + request + "/acceptance",
                "{\"version\":" + summary.getJsonNumber("version") + "}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(api.as("commissioner").get("api/v1/advice-requests?subject=RECONFIGURATION&subjectId=" + id).json()
                .getInt("total")).isEqualTo(1);
        assertThat(api.as("admin").get("api/v1/advice/register").body()).contains("Urgent and emergency care programme");
    }

    @Test
    void aMedicalDirectorSetsThePanelItJudgesTheChairRecommendsAndThePublicSeesIt() {
        long id = submit("commissioner", "Hyper-acute stroke at Greyhaven General", "5Z4", "RZG");
        long third = otherLead(id, CHAIR, CONFLICTED_LEAD);
        try (Browser browser = Browser.open(base)) {
            browser.signIn("regional.md", Demo.PASSWORD);
            browser.click(By.id("menuReconfiguration"));
            browser.click(By.linkText("Hyper-acute stroke at Greyhaven General"));
            for (long member : List.of(lead(id, CHAIR), lead(id, CONFLICTED_LEAD), third)) {
                browser.click(By.cssSelector("input[name='panelForm:memberIds'][value='" + member + "']"));
            }
            select(browser, "panelForm:chairId", lead(id, CHAIR));
            browser.submit(By.id("panelForm:setPanelButton"));
            assertThat(browser.text()).contains("The panel is set and the clinical review is open").contains("Not yet stated how it is managed");
            browser.signOut();

            browser.signIn("clinical.lead", Demo.PASSWORD);
            browser.go("reconfiguration/proposal.xhtml?id=" + id);
            assertThat(browser.driver().findElement(By.id("judgeBlockers")).getText()).contains("State how it is managed, or step down");
            browser.type(By.id("interest:handling"), "I take no part on the Greyhaven workforce item.");
            browser.submit(By.id("interest:stateButton"));
            assertThat(browser.text()).contains("Managed by: I take no part on the Greyhaven workforce item.");
            select(browser, "judge:itemId", itemId(id, 0));
            browser.click(By.cssSelector("input[name='judge:judgement'][value='MET']"));
            browser.submit(By.id("judge:judgeButton"));
            assertThat(browser.text()).contains("Your judgement is recorded").contains("1 of 8 items judged");
            browser.signOut();

            for (int i = 1; i < 8; i++) {
                assertThat(judge("national.lead", id, i, "MET", null, false).status()).isEqualTo(200);
            }
            browser.signIn("national.lead", Demo.PASSWORD);
            browser.go("reconfiguration/proposal.xhtml?id=" + id);
            browser.click(By.cssSelector("input[name='recommend:recommendationChoice'][value='SUPPORTED_WITH_CONDITIONS']"));
            browser.type(By.id("recommend:rationale"), "A sound case; travel from the coast needs watching.");
            browser.type(By.id("recommend:conditions"), "Ambulance times from the coast audited at six months");
            browser.submit(By.id("recommend:recommendButton"));
            assertThat(browser.text()).contains("The panel's recommendation is recorded").contains("Supported with conditions")
                    .contains("Ambulance times from the coast audited at six months");
            browser.signOut();

            browser.go("public/reconfigurations.xhtml");
            assertThat(browser.url()).as("no sign-in").contains("public/reconfigurations");
            assertThat(browser.text()).contains("Hyper-acute stroke at Greyhaven General").contains("Supported with conditions")
                    .contains("Ambulance times from the coast audited at six months")
                    .doesNotContain("I take no part on the Greyhaven workforce item");
        }
    }

    // ---- Assurance of strategic plans and region-wide programmes (aim D) ----

    /** A review of Greyhaven Hospitals' programme with its plan and a panel: national.lead chairs, clinical.lead is conflicted. */
    private long assuranceReview(String title, String thirdUser) {
        Answer opened = api.as("regional.md").post("api/v1/assurance-reviews", Json.createObjectBuilder()
                .add("subject", "TRANSFORMATION_PROGRAMME").add("title", title).add("organisationId", organisation("RZG"))
                .add("periodStart", 2026).add("periodEnd", 2028).add("pathwayCodes", Json.createArrayBuilder().add("ACUTE_CARE"))
                .build().toString());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long id = opened.json().getJsonObject("summary").getJsonNumber("id").longValue();
        Answer plan = api.as("regional.md").postMultipart("api/v1/assurance-reviews/" + id + "/plan", Map.of(), "plan.pdf",
                PdfDocuments.text("The programme", List.of("Two hyper-acute units.")));
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        JsonObject review = assurance("regional.md", id);
        List<JsonObject> candidates = review.getJsonArray("candidates").getValuesAs(JsonObject.class);
        long chair = candidates.stream().filter(c -> c.getString("name").equals(CHAIR)).findFirst().orElseThrow()
                .getJsonNumber("clinicianId").longValue();
        long conflicted = candidates.stream().filter(c -> c.getString("name").equals(CONFLICTED_LEAD)).findFirst().orElseThrow()
                .getJsonNumber("clinicianId").longValue();
        JsonObject other = candidates.stream().filter(c -> !c.getString("name").equals(CHAIR) && !c.getString("name").equals(CONFLICTED_LEAD)
                && c.getJsonArray("interests").isEmpty()).findFirst().orElseThrow();
        long third = other.getJsonNumber("clinicianId").longValue();
        if (thirdUser != null) {
            Answer made = api.as("admin").post("api/v1/users", "{\"username\":\"" + thirdUser + "\",\"displayName\":\""
                    + other.getString("name") + "\",\"password\":\"" + Demo.PASSWORD + "\",\"clinicianId\":" + third
                    + ",\"roles\":[\"BOARD_MEMBER\"]}");
            assertThat(made.status()).as("opened now or by the other test: " + made.body()).isIn(201, 409);
        }
        Answer panel = api.as("regional.md").put("api/v1/assurance-reviews/" + id + "/panel", "{\"memberIds\":[" + chair + ","
                + conflicted + "," + third + "],\"chairId\":" + chair + ",\"version\":" + assuranceVersion(id) + "}");
        assertThat(panel.status()).as(panel.body()).isEqualTo(200);
        return id;
    }

    private JsonObject assurance(String who, long id) {
        Answer a = api.as(who).get("api/v1/assurance-reviews/" + id);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    private long assuranceVersion(long id) {
        return assurance("admin", id).getJsonNumber("version").longValue();
    }

    private Answer rate(String who, long id, int position, String rag, String comment) {
        JsonObject c = assurance("admin", id).getJsonArray("criteria").getJsonObject(position);
        return api.as(who).post("api/v1/assurance-reviews/" + id + "/ratings", Json.createObjectBuilder()
                .add("criterionId", c.getJsonNumber("id")).add("rag", rag).add("comment", comment)
                .add("version", c.getJsonNumber("version")).build().toString());
    }

    @Test
    void everyRuleOfAnAssuranceReviewIsRefusedInWords() {
        assertThat(api.as("commissioner").post("api/v1/assurance-reviews", "{}").status()).as("opened by the regional team").isEqualTo(403);
        Answer blank = api.as("regional.md").post("api/v1/assurance-reviews", "{\"title\":\" \",\"periodStart\":2030,\"periodEnd\":2020}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("The title").contains("ends in or after the year it starts");
        long id = assuranceReview("Acute care programme (rules)", "assurance.member");
        Answer notPdf = api.as("regional.md").postMultipart("api/v1/assurance-reviews/" + id + "/plan", Map.of(), "plan.csv",
                "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(notPdf.status()).isEqualTo(400);
        assertThat(notPdf.body()).contains("The plan is a PDF");
        assertThat(api.as("provider").get("api/v1/assurance-reviews/" + id).status()).as("another organisation's").isEqualTo(404);
        assertThat(api.as("aspiring.leader").get("api/v1/assurance-reviews/" + id).status()).isEqualTo(404);
        assertThat(api.as("board.member").get("api/v1/assurance-reviews/" + id).status()).isEqualTo(200);
        Answer two = api.as("regional.md").put("api/v1/assurance-reviews/" + id + "/panel", "{\"memberIds\":[1,2],\"chairId\":1,"
                + "\"version\":" + assuranceVersion(id) + "}");
        assertThat(two.status()).isEqualTo(400);

        assertThat(rate("board.member", id, 0, "GREEN", "Fine").status()).as("not on the panel").isEqualTo(403);
        Answer unstated = rate("clinical.lead", id, 0, "GREEN", "Fine");
        assertThat(unstated.status()).isEqualTo(409);
        assertThat(unstated.body()).contains("live declared interest").contains("Greyhaven Hospitals");
        assertThat(api.as("clinical.lead").post("api/v1/assurance-reviews/" + id + "/panel/interest-statement",
                "{\"handling\":\"I rate the clinical criteria only after the chair.\",\"version\":" + assuranceVersion(id) + "}")
                .status()).isEqualTo(200);
        assertThat(rate("clinical.lead", id, 0, "GREEN", " ").status()).as("a comment with every rating").isEqualTo(400);
        Answer noRag = rate("clinical.lead", id, 0, "PURPLE", "Fine");
        assertThat(noRag.status()).isEqualTo(400);
        for (int c = 0; c < 6; c++) {
            assertThat(rate("clinical.lead", id, c, c == 4 ? "RED" : "AMBER", "Seen in the plan").status()).isEqualTo(200);
        }
        String conclusion = "api/v1/assurance-reviews/" + id + "/conclusion";
        Answer notChair = api.as("clinical.lead").post(conclusion, "{\"level\":\"FULL\",\"conclusion\":\"Good\",\"version\":"
                + assuranceVersion(id) + "}");
        assertThat(notChair.body()).contains("The panel's chair concludes the review");
        Answer early = api.as("national.lead").post(conclusion, "{\"level\":\"FULL\",\"conclusion\":\"Good\",\"version\":"
                + assuranceVersion(id) + "}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("Every member rates every criterion before the conclusion").contains("6 criteria to rate");
        for (int c = 0; c < 6; c++) {
            assertThat(rate("national.lead", id, c, "AMBER", "As the plan says").status()).isEqualTo(200);
            assertThat(api.as("assurance.member", Demo.PASSWORD).post("api/v1/assurance-reviews/" + id + "/ratings",
                    Json.createObjectBuilder().add("criterionId", assurance("admin", id).getJsonArray("criteria").getJsonObject(c)
                            .getJsonNumber("id")).add("rag", "GREEN").add("comment", "Clear").add("version", assurance("admin", id)
                            .getJsonArray("criteria").getJsonObject(c).getJsonNumber("version")).build().toString()).status())
                    .isEqualTo(200);
        }
        Answer noRecommendation = api.as("national.lead").post(conclusion, "{\"level\":\"LIMITED\",\"conclusion\":\"Gaps\","
                + "\"recommendations\":[],\"version\":" + assuranceVersion(id) + "}");
        assertThat(noRecommendation.status()).isEqualTo(400);
        assertThat(noRecommendation.body()).contains("at least one recommendation");
        Answer noOwner = api.as("national.lead").post(conclusion, "{\"level\":\"LIMITED\",\"conclusion\":\"Gaps\","
                + "\"recommendations\":[{\"text\":\"A plan\",\"owner\":\"nobody.here\",\"dueOn\":\"" + LocalDate.now().plusDays(30)
                + "\"}],\"version\":" + assuranceVersion(id) + "}");
        assertThat(noOwner.body()).contains("an owner");
        assertThat(assurance("admin", id).getJsonObject("summary").getBoolean("open")).as("nothing half-saved").isTrue();
        Answer concluded = api.as("national.lead").post(conclusion, "{\"level\":\"LIMITED\",\"conclusion\":\"Workforce gaps\","
                + "\"recommendations\":[{\"text\":\"A workforce plan\",\"owner\":\"provider\",\"dueOn\":\""
                + LocalDate.now().plusDays(30) + "\"}],\"version\":" + assuranceVersion(id) + "}");
        assertThat(concluded.status()).as(concluded.body()).isEqualTo(200);
        assertThat(rate("national.lead", id, 0, "GREEN", "Late").status()).as("closed to ratings").isEqualTo(409);
        // The owner sees the review through their recommendation and records its progress; nobody else may.
        JsonObject rec = assurance("provider", id).getJsonArray("recommendations").getJsonObject(0);
        String progress = "api/v1/assurance-reviews/" + id + "/recommendations/" + rec.getJsonNumber("id");
        assertThat(api.as("commissioner").get("api/v1/assurance-reviews/" + id).status()).isEqualTo(404);
        assertThat(api.as("board.member").put(progress, "{\"status\":\"COMPLETED\",\"note\":\"x\",\"version\":"
                + rec.getJsonNumber("version") + "}").status()).isEqualTo(403);
        assertThat(api.as("provider").put(progress, "{\"status\":\"COMPLETED\",\"version\":" + rec.getJsonNumber("version") + "}")
                .body()).contains("what was done");
        assertThat(api.as("provider").put(progress, "{\"status\":\"COMPLETED\",\"note\":\"Agreed by the board\",\"version\":"
                + rec.getJsonNumber("version") + "}").status()).isEqualTo(200);
        // Overdue recommendations remind their owner once (the demo's Greyhaven PCT plan has one).
        assertThat(api.as("commissioner").post("api/v1/assurance-reviews/reminders", "{}").status()).isEqualTo(403);
        assertThat(api.as("admin").post("api/v1/assurance-reviews/reminders", "{}").status()).isEqualTo(200);
        assertThat(api.as("admin").post("api/v1/assurance-reviews/reminders", "{}").json().getInt("sent")).isZero();
        assertThat(api.as("commissioner").get("api/v1/notices").body()).contains("Assurance recommendation overdue: Greyhaven PCT strategic plan");
        assertThat(api.as("commissioner").get("api/v1/assurance-reviews?organisation=5Z4").json().getJsonArray("items")
                .getJsonObject(0).getInt("overdueRecommendations")).isEqualTo(1);
    }

    @Test
    void aPanelMemberRatesAPlanAndTheChairConcludesInTheBrowser() throws Exception {
        long id = assuranceReview("Stroke network programme (browser)", "assurance.member");
        assertThat(api.as("clinical.lead").post("api/v1/assurance-reviews/" + id + "/panel/interest-statement",
                "{\"handling\":\"Reviewed by the chair.\",\"version\":" + assuranceVersion(id) + "}").status()).isEqualTo(200);
        for (int c = 0; c < 6; c++) {
            assertThat(rate("clinical.lead", id, c, "AMBER", "Partly shown").status()).isEqualTo(200);
            JsonObject criterion = assurance("admin", id).getJsonArray("criteria").getJsonObject(c);
            assertThat(api.as("assurance.member", Demo.PASSWORD).post("api/v1/assurance-reviews/" + id + "/ratings",
                    Json.createObjectBuilder().add("criterionId", criterion.getJsonNumber("id")).add("rag", "RED").add("comment", "Missing")
                            .add("version", criterion.getJsonNumber("version")).build().toString()).status()).isEqualTo(200);
            if (c > 0) {
                assertThat(rate("national.lead", id, c, "AMBER", "Thin").status()).isEqualTo(200);
            }
        }
        try (Browser browser = Browser.open(base)) {
            browser.signIn("national.lead", Demo.PASSWORD);
            browser.click(By.id("menuAssurance"));
            browser.click(By.linkText("Stroke network programme (browser)"));
            select(browser, "rate:criterionId", assurance("admin", id).getJsonArray("criteria").getJsonObject(0).getJsonNumber("id").longValue());
            browser.click(By.cssSelector("input[name='rate:rag'][value='AMBER']"));
            browser.type(By.id("rate:comment"), "Clinicians were engaged late.");
            browser.submit(By.id("rate:rateButton"));
            assertThat(browser.text()).contains("Your rating is recorded").contains("Clinicians were engaged late.");
            browser.click(By.cssSelector("input[name='conclude:level'][value='LIMITED']"));
            browser.type(By.id("conclude:conclusionText"), "Sound aims; the workforce is not yet planned.");
            java.util.List<org.openqa.selenium.WebElement> texts = browser.driver().findElements(By.cssSelector("input[id$=':text']"));
            texts.get(0).sendKeys("A workforce plan for the two units");
            new org.openqa.selenium.support.ui.Select(browser.driver().findElements(By.cssSelector("select[id$=':owner']")).get(0))
                    .selectByValue("commissioner");
            browser.driver().findElements(By.cssSelector("input[id$=':dueOn_input']")).get(0)
                    .sendKeys(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now().plusDays(60)));
            browser.submit(By.id("conclude:concludeButton"));
            assertThat(browser.text()).contains("The review is concluded").contains("Limited assurance")
                    .contains("A workforce plan for the two units");
        }
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(api.as("board.member").download("api/v1/assurance-reviews/" + id
                + "/report.pdf", "application/pdf"))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("Limited assurance").contains("A workforce plan for the two units").contains("Reviewed by the chair.");
        }
    }

    /** A plain drop-down (not a PrimeFaces widget) by its option's value. */
    private static void select(Browser browser, String id, long value) {
        new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id(id))).selectByValue(String.valueOf(value));
    }

    private long itemId(long id, int position) {
        return view("admin", id).getJsonArray("items").getJsonObject(position).getJsonNumber("id").longValue();
    }
}
