package org.clinlead.portal.interests;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
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

/** The register of interests through the API and in the browser, on the real WAR with the demo region. */
@ExtendWith(ArquillianExtension.class)
class InterestsIT {

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
