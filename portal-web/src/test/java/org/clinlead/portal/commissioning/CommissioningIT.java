package org.clinlead.portal.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clinlead.portal.shared.PdfDocuments;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The strategy's services to commissioners on the real WAR, in one deployment (each costs a Payara boot): aim C —
 * who sees which contract, every rule of the scheme, returns and money through the API, two commissioners assessing at
 * once, practice profiles and clinical advice, the stories in the browser; aims D and E — reconfiguration reviews
 * (every rule refused in words, nothing half-saved, who sees what, documents never public, the public log without
 * internal material), advice to a key programme about a proposal, the assurance of plans, and both reviews in the
 * browser.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommissioningIT {

    /** Demo leads in post: the acute care lead (an interest in Greyhaven Hospitals) and the NSR lead at Brackenfield. */
    private static final String CONFLICTED_LEAD = "Dev Chaudhry";
    private static final String CHAIR = "Kavya Lindqvist";

    /** The financial year every quarter of which has ended: returns can be made for all of them. */
    private static final int LAST_YEAR = startYear(LocalDate.now()) - 1;

    /** The demo's current year: the one whose second quarter has ended ({@code DemoCommissioning}). */
    private static final int DEMO_YEAR = startYear(LocalDate.now().minusMonths(6));

    private static int startYear(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

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

    private static long id(Answer answer) {
        return answer.json().getJsonNumber("id").longValue();
    }

    private long contract(String reference, String providerCode, int year) {
        Answer made = api.as("commissioner").post("api/v1/contracts", "{\"reference\":\"" + reference + "\",\"providerId\":"
                + organisation(providerCode) + ",\"startYear\":" + year + ",\"annualValue\":1000000,\"cquinShare\":2.5}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return id(made);
    }

    private long indicator(long contract, String name, String pathway, String weight) {
        Answer made = api.as("commissioner").post("api/v1/contracts/" + contract + "/indicators", "{\"name\":\"" + name
                + "\",\"rationale\":\"Why it matters\",\"domain\":\"SAFETY\",\"pathwayCode\":\"" + pathway + "\","
                + "\"proportion\":true,\"numeratorDefinition\":\"Screened\",\"denominatorDefinition\":\"Admitted\","
                + "\"improvement\":\"HIGHER_IS_BETTER\",\"minimum\":60,\"maximum\":90,\"weight\":" + weight + "}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return id(made);
    }

    private long version(long contract) {
        return api.as("admin").get("api/v1/contracts/" + contract).json().getJsonObject("contract").getJsonNumber("version")
                .longValue();
    }

    private Answer sign(String who, long contract, String side) {
        return api.as(who).post("api/v1/contracts/" + contract + "/agreement", "{\"side\":\"" + side + "\",\"version\":"
                + version(contract) + "}");
    }

    private record Scheme(long contract, long indicator) {
    }

    /** An agreed scheme with Northdale Community (the demo provider) of last year: one indicator on acute care. */
    private Scheme agreedScheme(String reference) {
        long contract = contract(reference, "RZP", LAST_YEAR);
        long indicator = indicator(contract, "Sepsis screening", "ACUTE_CARE", "100");
        // The handling is kept only if the lead has an interest in the provider (another test declares one).
        Answer advice = api.as("clinical.lead").post("api/v1/indicators/" + indicator + "/advice",
                "{\"position\":\"SUPPORTS\",\"interestHandling\":\"Reviewed by a second lead\"}");
        assertThat(advice.status()).as(advice.body()).isEqualTo(201);
        assertThat(sign("commissioner", contract, "COMMISSIONER").status()).isEqualTo(200);
        assertThat(sign("provider", contract, "PROVIDER").json().getString("status")).isEqualTo("AGREED");
        return new Scheme(contract, indicator);
    }

    private Answer submit(String who, long indicator, int quarter, String figures) {
        return api.as(who).post("api/v1/indicators/" + indicator + "/submissions", "{\"quarter\":" + quarter + "," + figures
                + ",\"narrative\":\"What the figures show\"}");
    }

    @Test
    @Order(1)
    void eachSideSeesOnlyItsOwnContractsAndTheReadersSeeThemAll() {
        JsonObject mine = api.as("provider").get("api/v1/contracts?size=200").json();
        assertThat(mine.getJsonArray("items").getValuesAs(JsonObject.class))
                .allMatch(c -> c.getString("providerName").startsWith("Northdale Community"));
        long other = api.as("admin").get("api/v1/contracts?size=200").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("reference").startsWith("MVPCT-NPT-")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertThat(api.as("provider").get("api/v1/contracts/" + other).status()).as("another provider's scheme").isEqualTo(404);
        assertThat(api.as("commissioner").get("api/v1/contracts/" + other).status()).as("another PCT's").isEqualTo(404);
        assertThat(api.as("aspiring.leader").get("api/v1/contracts/" + other).status()).isEqualTo(404);
        assertThat(api.as("aspiring.leader").get("api/v1/contracts").json().getInt("total")).isZero();
        assertThat(api.as("regional.md").get("api/v1/contracts/" + other).status()).isEqualTo(200);
        assertThat(api.as("board.member").get("api/v1/contracts/" + other).status()).isEqualTo(200);
        long indicator = api.as("admin").get("api/v1/contracts/" + other + "/indicators").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(api.as("provider").get("api/v1/indicators/" + indicator + "/submissions").status()).isEqualTo(404);
        assertThat(submit("provider", indicator, 1, "\"numerator\":1,\"denominator\":2").status())
                .as("a return for another provider").isEqualTo(404);
        // The demo: the commissioner and the provider each have work waiting; the lead is asked for advice.
        assertThat(api.as("clinical.lead").get("api/v1/indicators/awaiting-my-advice").json().getInt("total")).isEqualTo(2);
        JsonObject overview = api.as("regional.md").get("api/v1/commissioning/overview?year=" + DEMO_YEAR).json();
        assertThat(overview.getInt("contracts")).isEqualTo(3);
        assertThat(overview.getInt("queriedReturns")).isEqualTo(1);
        assertThat(overview.getInt("lateReturns")).isEqualTo(1);
        assertThat(overview.getInt("adviceAwaited")).isEqualTo(2);
        assertThat(overview.getInt("returnsOverdue")).as("Q2 of the community scheme's third indicator").isEqualTo(1);
        assertThat(overview.getInt("awaitingAssessment")).isZero();
        assertRegionViewAddsUpTheStatements(DEMO_YEAR);
        assertThat(api.as("provider").get("api/v1/commissioning/overview?year=" + DEMO_YEAR).json().getInt("contracts"))
                .as("the region view covers what the caller may see").isEqualTo(1);
        assertThat(api.as("admin").get("api/v1/commissioning/overview?year=abc").status()).isEqualTo(400);
        // The provider is reminded of the return past its deadline, once however often the reminders run.
        assertThat(api.as("provider").post("api/v1/commissioning/reminders", "").status()).isEqualTo(403);
        assertThat(api.as("admin").post("api/v1/commissioning/reminders", "").json().getInt("sent")).isPositive();
        assertThat(api.as("admin").post("api/v1/commissioning/reminders", "").json().getInt("sent")).isZero();
        assertThat(api.as("provider").get("api/v1/notices").body()).contains("CQUIN returns overdue");
    }

    @Test
    void theSchemesRulesAreRefusedInWordsAndNothingIsHalfSaved() {
        Answer share = api.as("commissioner").post("api/v1/contracts", "{\"reference\":\"X-SHARE\",\"providerId\":"
                + organisation("RZP") + ",\"startYear\":2026,\"annualValue\":1000000,\"cquinShare\":3}");
        assertThat(share.status()).isEqualTo(400);
        assertThat(share.body()).contains("cquinShare").contains("2.5");
        Answer pence = api.as("commissioner").post("api/v1/contracts", "{\"reference\":\"X-PENCE\",\"providerId\":"
                + organisation("RZP") + ",\"startYear\":2026,\"annualValue\":1000000.001}");
        assertThat(pence.status()).isEqualTo(400);
        assertThat(pence.body()).contains("annualValue").contains("decimal places");
        Answer notPct = api.as("admin").post("api/v1/contracts", "{\"reference\":\"X-PCT\",\"commissionerId\":"
                + organisation("RZA") + ",\"providerId\":" + organisation("RZP") + ",\"startYear\":2026,\"annualValue\":1}");
        assertThat(notPct.body()).contains("primary care trust");
        long contract = contract("IT-RULES-" + System.nanoTime() % 100000, "RZP", LAST_YEAR);
        assertThat(contract("IT-DUP-A", "RZP", LAST_YEAR)).isPositive();
        Answer duplicate = api.as("commissioner").post("api/v1/contracts", "{\"reference\":\"IT-DUP-A\",\"providerId\":"
                + organisation("RZP") + ",\"startYear\":2026,\"annualValue\":5}");
        assertThat(duplicate.status()).isEqualTo(409);
        String base = "\"name\":\"N\",\"rationale\":\"R\",\"domain\":\"SAFETY\",\"pathwayCode\":\"ACUTE_CARE\",\"weight\":50,"
                + "\"numeratorDefinition\":\"Screened\",\"denominatorDefinition\":\"Admitted\",";
        Answer undefined = api.as("commissioner").post("api/v1/contracts/" + contract + "/indicators", "{\"name\":\"N\","
                + "\"rationale\":\"R\",\"domain\":\"SAFETY\",\"pathwayCode\":\"ACUTE_CARE\",\"weight\":50,"
                + "\"improvement\":\"HIGHER_IS_BETTER\",\"minimum\":60,\"maximum\":90,\"aims\":[\"Z\"]}");
        assertThat(undefined.status()).isEqualTo(400);
        assertThat(undefined.body()).contains("numeratorDefinition").contains("denominatorDefinition");
        assertThat(api.as("admin").get("api/v1/contracts/" + contract).json().getJsonArray("aims").getString(0))
                .as("aim C always").isEqualTo("C");
        Answer beyond = api.as("commissioner").post("api/v1/contracts/" + contract + "/indicators", "{" + base
                + "\"improvement\":\"HIGHER_IS_BETTER\",\"minimum\":90,\"maximum\":60}");
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(beyond.body()).contains("minimum").contains("below the maximum");
        Answer wrongSide = api.as("commissioner").post("api/v1/contracts/" + contract + "/indicators", "{" + base
                + "\"improvement\":\"LOWER_IS_BETTER\",\"minimum\":3,\"maximum\":10}");
        assertThat(wrongSide.body()).contains("lower is better");
        indicator(contract, "Half", "ACUTE_CARE", "50");
        long other = indicator(contract, "Quarter", "PLANNED_CARE", "25");
        assertThat(api.as("provider").post("api/v1/contracts/" + contract + "/indicators", "{" + base
                + "\"improvement\":\"HIGHER_IS_BETTER\",\"minimum\":1,\"maximum\":2}").status()).isEqualTo(403);
        Answer early = sign("commissioner", contract, "COMMISSIONER");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("add up to 75 %");
        assertThat(sign("provider", contract, "COMMISSIONER").status()).as("the provider signs only for itself").isEqualTo(403);
        // The acute care lead may advise on the acute indicator only; not on planned care.
        assertThat(api.as("clinical.lead").post("api/v1/indicators/" + other + "/advice", "{\"position\":\"SUPPORTS\"}").status())
                .isEqualTo(403);
        assertThat(api.as("commissioner").post("api/v1/indicators/" + other + "/advice", "{\"position\":\"SUPPORTS\"}")
                .status()).isEqualTo(403);
        assertThat(api.as("admin").get("api/v1/contracts/" + contract).json().getJsonArray("indicators")).hasSize(2);
    }

    @Test
    void returnsAreCheckedAssessedOnceAndSettledInPence() throws Exception {
        Scheme scheme = agreedScheme("IT-MONEY");
        long indicator = scheme.indicator();
        long contract = scheme.contract();
        assertThat(api.as("commissioner").post("api/v1/contracts/" + contract + "/indicators", "{}").status())
                .as("the agreed scheme is frozen").isIn(400, 409);
        Answer over = submit("provider", indicator, 1, "\"numerator\":101,\"denominator\":100");
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.body()).contains("numerator").contains("cannot be more than the denominator");
        assertThat(submit("provider", indicator, 1, "\"numerator\":-1,\"denominator\":100").body()).contains("negative");
        assertThat(submit("provider", indicator, 1, "\"value\":4").body()).contains("proportion");
        assertThat(submit("commissioner", indicator, 1, "\"numerator\":1,\"denominator\":2").status()).isEqualTo(403);
        Answer made = submit("provider", indicator, 1, "\"numerator\":80,\"denominator\":100");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().getBoolean("late")).as("made after the deadline").isTrue();
        long ret = id(made);
        Answer disguised = api.as("provider").postMultipart("api/v1/submissions/" + ret + "/evidence", java.util.Map.of(),
                "audit.pdf", "practice,patients\nA,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(disguised.body()).contains("cannot be read as a PDF");
        Answer renamed = api.as("provider").postMultipart("api/v1/submissions/" + ret + "/evidence", java.util.Map.of(),
                "audit.csv", PdfDocuments.text("Audit", List.of("Not a CSV")));
        assertThat(renamed.status()).isEqualTo(400);
        Answer pdf = api.as("provider").postMultipart("api/v1/submissions/" + ret + "/evidence", java.util.Map.of(),
                "audit.pdf", PdfDocuments.text("Audit", List.of("A sample of 100 records.")));
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(201);
        assertThat(api.as("provider").postMultipart("api/v1/submissions/" + ret + "/evidence", java.util.Map.of(),
                "audit.csv", "practice,patients\nA,1\n".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);
        assertThat(api.as("aspiring.leader").get("api/v1/submissions/" + ret).status()).isEqualTo(404);

        // Two commissioners' sessions assess the same return at once: one wins, the other is told it changed.
        long version = api.as("commissioner").get("api/v1/submissions/" + ret).json().getJsonNumber("version").longValue();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<Answer>> both = List.of(
                () -> api.as("commissioner").post("api/v1/submissions/" + ret + "/assessment",
                        "{\"outcome\":\"QUERY\",\"text\":\"Which sample?\",\"version\":" + version + "}"),
                () -> api.as("admin").post("api/v1/submissions/" + ret + "/assessment",
                        "{\"outcome\":\"QUERY\",\"text\":\"Which sample?\",\"version\":" + version + "}"));
        List<Integer> statuses = new ArrayList<>();
        for (Future<Answer> f : pool.invokeAll(both)) {
            statuses.add(f.get().status());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        JsonObject queried = api.as("provider").get("api/v1/submissions/" + ret).json();
        assertThat(queried.getString("status")).isEqualTo("QUERIED");
        assertThat(queried.getJsonArray("messages")).hasSize(1);
        Answer accept = api.as("commissioner").post("api/v1/submissions/" + ret + "/assessment",
                "{\"outcome\":\"ACCEPT\",\"version\":" + queried.getJsonNumber("version") + "}");
        assertThat(accept.status()).isEqualTo(409);
        assertThat(accept.body()).contains("once the provider has answered");
        Answer again = api.as("provider").post("api/v1/indicators/" + indicator + "/submissions", "{\"quarter\":1,"
                + "\"numerator\":80,\"denominator\":120,\"narrative\":\"The agreed sample of 120\",\"version\":"
                + queried.getJsonNumber("version") + "}");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(api.as("commissioner").post("api/v1/submissions/" + ret + "/assessment", "{\"outcome\":\"REJECT\","
                + "\"version\":" + again.json().getJsonNumber("version") + "}").body()).contains("reason");
        Answer accepted = api.as("commissioner").post("api/v1/submissions/" + ret + "/assessment",
                "{\"outcome\":\"ACCEPT\",\"version\":" + again.json().getJsonNumber("version") + "}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(api.as("provider").get("api/v1/submissions/" + ret + "/queries").json().getInt("total")).isEqualTo(2);

        // Money: CQUIN value 1,000,000 × 2.5 % = 25,000.00; Q1 on account at 100 % = 6,250.00. 80 of 120 = 66.67 %
        // → achievement (66.67 − 60) ÷ 30 = 0.2223 → 100 % × 0.2223 × 25,000.00 = 5,557.50 earned.
        assertThat(api.as("provider").post("api/v1/contracts/" + contract + "/payments", "{\"quarter\":1}").status())
                .isEqualTo(403);
        Answer paid = api.as("commissioner").post("api/v1/contracts/" + contract + "/payments", "{\"quarter\":1}");
        assertThat(paid.json().getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("6250.00");
        assertThat(api.as("commissioner").post("api/v1/contracts/" + contract + "/payments", "{\"quarter\":1}").status())
                .isEqualTo(409);
        JsonObject statement = api.as("provider").get("api/v1/contracts/" + contract + "/reconciliation").json();
        assertThat(statement.getJsonNumber("earned").bigDecimalValue()).isEqualByComparingTo("5557.50");
        assertThat(statement.getJsonArray("lines").getJsonObject(0).getString("arithmetic"))
                .isEqualTo("100.00 % × 22.23 % × £25,000.00 = £5,557.50");
        Answer settled = api.as("commissioner").post("api/v1/contracts/" + contract + "/reconciliation", "{\"version\":"
                + version(contract) + "}");
        assertThat(settled.status()).as(settled.body()).isEqualTo(200);
        assertThat(settled.json().getJsonNumber("balance").bigDecimalValue()).isEqualByComparingTo("-692.50");
        assertThat(settled.json().getString("balanceText")).isEqualTo("£692.50 is to be recovered from the provider");
        assertThat(api.as("commissioner").post("api/v1/contracts/" + contract + "/payments", "{\"quarter\":2}").body())
                .contains("reconciled");
        byte[] pdfStatement = api.as("provider").download("api/v1/contracts/" + contract + "/reconciliation.pdf",
                "application/pdf");
        assertThat(new String(pdfStatement, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        byte[] xlsx = api.as("provider").download("api/v1/contracts/" + contract + "/reconciliation.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx[0]).isEqualTo((byte) 'P');
    }

    @Test
    void anAgreedSchemeChangesOnlyByAVariationTheOtherSideAgrees() {
        Scheme scheme = agreedScheme("IT-VARY");
        String change = "\"changes\":[{\"indicatorId\":" + scheme.indicator() + ",\"minimum\":50,\"maximum\":90,\"weight\":100}]";
        Answer made = submit("provider", scheme.indicator(), 1, "\"numerator\":70,\"denominator\":100");
        api.as("commissioner").post("api/v1/submissions/" + id(made) + "/assessment", "{\"outcome\":\"ACCEPT\",\"version\":"
                + made.json().getJsonNumber("version") + "}");
        assertThat(earned(scheme.contract())).isEqualByComparingTo("8332.50"); // (70 − 60) ÷ 30 = 0.3333 (to 4 places) × 25,000
        Answer weights = api.as("provider").post("api/v1/contracts/" + scheme.contract() + "/variations", "{\"side\":\"PROVIDER\","
                + "\"reason\":\"x\",\"changes\":[{\"indicatorId\":" + scheme.indicator() + ",\"minimum\":50,\"maximum\":90,"
                + "\"weight\":90}],\"version\":" + version(scheme.contract()) + "}");
        assertThat(weights.status()).isEqualTo(409);
        assertThat(weights.body()).contains("add up to 90 %");
        assertThat(api.as("clinical.lead").post("api/v1/contracts/" + scheme.contract() + "/variations", "{\"side\":\"PROVIDER\","
                + "\"reason\":\"x\"," + change + ",\"version\":0}").status()).isEqualTo(403);
        Answer proposed = api.as("provider").post("api/v1/contracts/" + scheme.contract() + "/variations", "{\"side\":\"PROVIDER\","
                + "\"reason\":\"The baseline audit was lower than thought\"," + change + ",\"version\":"
                + version(scheme.contract()) + "}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(earned(scheme.contract())).as("nothing applies before agreement").isEqualByComparingTo("8332.50");
        long variation = id(proposed);
        assertThat(api.as("provider").post("api/v1/variations/" + variation + "/agreement", "{\"side\":\"PROVIDER\","
                + "\"version\":" + proposed.json().getJsonNumber("version") + "}").body()).contains("the other side agrees");
        Answer agreed = api.as("commissioner").post("api/v1/variations/" + variation + "/agreement", "{\"side\":\"COMMISSIONER\","
                + "\"version\":" + proposed.json().getJsonNumber("version") + "}");
        assertThat(agreed.status()).as(agreed.body()).isEqualTo(200);
        assertThat(earned(scheme.contract())).isEqualByComparingTo("12500.00"); // (70 − 50) ÷ 40 = 0.5
        assertThat(api.as("admin").get("api/v1/contracts?size=200&year=" + LAST_YEAR).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getJsonNumber("id").longValue() == scheme.contract())
                .findFirst().orElseThrow().getJsonNumber("earned").bigDecimalValue())
                .as("the list shows the same figure").isEqualByComparingTo("12500.00");
        assertRegionViewAddsUpTheStatements(LAST_YEAR);
        assertThat(api.as("regional.md").get("api/v1/contracts/" + scheme.contract() + "/variations").json()
                .getJsonArray("items").getJsonObject(0).getJsonArray("changes").getString(0))
                .isEqualTo("Sepsis screening: 60–90, weight 100 % → 50–90, weight 100 %");
        Answer milestone = api.as("commissioner").post("api/v1/contracts/" + contract("IT-MILESTONE", "RZP", LAST_YEAR)
                + "/indicators", "{\"name\":\"N\",\"rationale\":\"R\",\"domain\":\"SAFETY\",\"pathwayCode\":\"ACUTE_CARE\","
                + "\"improvement\":\"HIGHER_IS_BETTER\",\"minimum\":60,\"maximum\":90,\"weight\":100,"
                + "\"numeratorDefinition\":\"Screened\",\"denominatorDefinition\":\"Admitted\","
                + "\"milestones\":[{\"quarter\":4,\"reportOnly\":true}]}");
        assertThat(milestone.status()).isEqualTo(400);
        assertThat(milestone.body()).contains("milestones").contains("quarter 4");
    }

    @Test
    void aBoardSeesTheSchemesOfItsPathwayAndAnAgendaItemNamesTheSchemeItDiscusses() {
        long acute = api.as("admin").get("api/v1/boards").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("name").startsWith("Acute care")).findFirst().orElseThrow().getJsonNumber("id")
                .longValue();
        JsonObject scheme = api.as("admin").get("api/v1/contracts?size=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("reference").startsWith("GPCT-GHT-"))
                .findFirst().orElseThrow();
        long contract = scheme.getJsonNumber("id").longValue();
        long indicator = api.as("admin").get("api/v1/contracts/" + contract + "/indicators").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        Answer meeting = api.as("secretary").post("api/v1/boards/" + acute + "/meetings", "{\"startsAt\":\""
                + java.time.LocalDateTime.now().plusDays(40).withHour(14).withMinute(0).withSecond(0).withNano(0)
                + "\",\"place\":\"Room 3\"}");
        long meetingId = id(meeting);
        String item = "{\"title\":\"The acute CQUIN scheme\",\"purpose\":\"DECISION\",\"presenter\":\"Commissioner\","
                + "\"confidential\":false,\"aims\":[\"C\"],\"organisationIds\":[]";
        Answer other = api.as("secretary").post("api/v1/meetings/" + meetingId + "/items", item + ",\"cquinContractId\":"
                + agreedScheme("IT-BOARD").contract() + ",\"cquinIndicatorId\":" + indicator + "}");
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.body()).contains("cquinIndicatorId").contains("another scheme");
        Answer linked = api.as("secretary").post("api/v1/meetings/" + meetingId + "/items", item + ",\"cquinIndicatorId\":"
                + indicator + "}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        assertThat(linked.json().getJsonNumber("cquinContractId").longValue()).isEqualTo(contract);
        assertThat(linked.json().getString("cquinLabel")).startsWith("CQUIN scheme " + scheme.getString("reference") + ": ");
        assertThat(api.as("secretary").post("api/v1/meetings/" + meetingId + "/items", item + ",\"cquinContractId\":999999}")
                .status()).isEqualTo(404);
        // The secretary asks the acute care leads for advice on the item: the board's members see the request.
        Answer asked = api.as("secretary").post("api/v1/advice-requests", "{\"question\":\"Is the sepsis indicator "
                + "achievable?\",\"pathwayCode\":\"ACUTE_CARE\",\"subject\":\"AGENDA_ITEM\",\"subjectId\":" + id(linked)
                + ",\"dueOn\":\"" + LocalDate.now().plusDays(20) + "\",\"urgency\":\"ROUTINE\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        long request = asked.json().getJsonObject("summary").getJsonNumber("id").longValue();
        assertThat(asked.json().getJsonObject("summary").getString("subjectLabel")).startsWith("The acute CQUIN scheme (Acute care");
        assertThat(api.as("board.member").get("api/v1/advice-requests/" + request).status()).isEqualTo(200);
        assertThat(api.as("board.member").get("api/v1/advice-requests?subject=AGENDA_ITEM&subjectId=" + id(linked)).json()
                .getInt("total")).isEqualTo(1);
        assertThat(api.as("mentor").get("api/v1/advice-requests/" + request).status()).isEqualTo(404);
        try (Browser browser = Browser.open(base)) {
            browser.signIn("board.member", Demo.PASSWORD);
            browser.go("boards/board.xhtml?id=" + acute);
            assertThat(browser.driver().findElement(By.id("schemes")).getText()).contains(scheme.getString("reference"))
                    .contains("Greyhaven Hospitals");
            browser.go("boards/meeting.xhtml?id=" + meetingId);
            browser.click(By.linkText(linked.json().getString("cquinLabel")));
            assertThat(browser.text()).contains(scheme.getString("reference") + ": Greyhaven Hospitals").contains("The scheme");
        }
    }

    /** The region view sums what each contract keeps as earned: the same as each statement works out. */
    private void assertRegionViewAddsUpTheStatements(int year) {
        java.math.BigDecimal statements = api.as("regional.md").get("api/v1/contracts?size=200&year=" + year).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(c -> earned(c.getJsonNumber("id")
                        .longValue())).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertThat(api.as("regional.md").get("api/v1/commissioning/overview?year=" + year).json().getJsonNumber("earnedToDate")
                .bigDecimalValue()).isEqualByComparingTo(statements).isPositive();
    }

    private java.math.BigDecimal earned(long contract) {
        return api.as("admin").get("api/v1/contracts/" + contract + "/reconciliation").json().getJsonNumber("earned")
                .bigDecimalValue();
    }

    @Test
    void theCommissionerDraftsTheLeadAdvisesBothAgreeTheProviderReturnsAndTheStatementShowsTheSum() throws Exception {
        Answer declared = api.as("clinical.lead").post("api/v1/declarations", "{\"type\":\"NON_FINANCIAL_PROFESSIONAL\","
                + "\"organisationId\":" + organisation("RZP") + ",\"description\":\"Honorary contract for community "
                + "sepsis teaching\",\"fromDate\":\"" + LocalDate.now().minusYears(1) + "\",\"actionTaken\":\"Declared\"}");
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        String reference = "BROWSER-" + System.nanoTime() % 100000;
        Path evidence = Files.createTempFile("evidence-", ".csv");
        Files.writeString(evidence, "practice,patients,screened\nAbbey Lane,50,40\nBeck House,50,40\n");
        try (Browser browser = Browser.open(base)) {
            browser.signIn("commissioner", Demo.PASSWORD);
            browser.menu("menuCommissioning");
            assertThat(browser.text()).contains("Value at risk");
            browser.go("commissioning/contracts.xhtml?year=" + DEMO_YEAR);
            assertThat(browser.text()).contains("GPCT-NCH-")
                    .contains("Achievement by indicator").contains("Diabetic foot checks at the annual review (40 %): ");
            browser.type(By.id("newContract:reference"), reference);
            browser.suggest("newContract:providerId", "RZP", "Northdale Community Health Services NHS Trust");
            browser.choose("newContract:startYear", String.valueOf(LAST_YEAR));
            browser.type(By.id("newContract:annualValue"), "1000000");
            browser.driver().findElement(By.id("newContract:cquinShare")).clear();
            browser.type(By.id("newContract:cquinShare"), "2.5");
            browser.submit(By.id("newContract:create"));
            assertThat(browser.text()).contains("The contract is recorded").contains(reference).contains("£25,000.00");
            browser.type(By.id("indicator:name"), "Sepsis screening in the community");
            browser.type(By.id("indicator:rationale"), "Sepsis is found late at home.");
            browser.choose("indicator:domain", "SAFETY");
            browser.choose("indicator:pathwayCode", "ACUTE_CARE");
            browser.type(By.id("indicator:numeratorDefinition"), "Patients screened for sepsis at the first visit");
            browser.type(By.id("indicator:denominatorDefinition"), "Patients visited with a sepsis risk flag");
            browser.type(By.id("indicator:minimum"), "60");
            browser.type(By.id("indicator:maximum"), "90");
            browser.type(By.id("indicator:weight"), "100");
            browser.submit(By.id("indicator:addIndicator"));
            assertThat(browser.text()).contains("The indicator is added").contains("Awaited")
                    .contains("Counts Patients screened for sepsis at the first visit out of Patients visited")
                    .contains("Clinical advice is still awaited on: Sepsis screening in the community.");
            String contractUrl = browser.url();
            browser.signOut();

            long contract = Long.parseLong(contractUrl.substring(contractUrl.indexOf("id=") + 3).replaceAll("[^0-9].*", ""));
            String indicator = String.valueOf(api.as("admin").get("api/v1/contracts/" + contract + "/indicators").json()
                    .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());

            // The lead is flagged from the register and states how the interest is managed before advising.
            browser.signIn("clinical.lead", Demo.PASSWORD);
            browser.go("commissioning/contract.xhtml?id=" + contract);
            assertThat(browser.text()).contains("You have a declared interest in Northdale Community Health Services")
                    .contains("Honorary contract for community sepsis teaching");
            browser.choose("advice:indicatorId", indicator);
            browser.click(By.cssSelector("label[for='advice:position:0']"));
            browser.submit(By.id("advice:advise"));
            assertThat(browser.text()).contains("Record how it is managed before you advise");
            browser.choose("advice:indicatorId", indicator);
            browser.click(By.cssSelector("label[for='advice:position:0']"));
            browser.type(By.id("advice:handling"), "A second lead reviews my advice on this trust");
            browser.submit(By.id("advice:advise"));
            assertThat(browser.text()).contains("Your advice is recorded").contains("Managed: A second lead reviews my advice")
                    .contains("Ready to sign");
            browser.signOut();

            // Both sides sign; the scheme is agreed. Each side's home page says the draft waits for its signature.
            browser.signIn("commissioner", Demo.PASSWORD).go("home.xhtml");
            assertThat(browser.driver().findElement(By.id("contractWork")).getText()).as("the commissioner's home")
                    .contains(reference).contains("scheme with Northdale Community Health Services NHS Trust is in draft");
            browser.go("commissioning/contract.xhtml?id=" + contract);
            browser.submit(By.id("agreement:signCommissioner"));
            assertThat(browser.text()).contains("Signed for the commissioner");
            browser.signOut();
            browser.signIn("provider", Demo.PASSWORD).go("home.xhtml");
            assertThat(browser.driver().findElement(By.id("contractWork")).getText()).as("the provider's home")
                    .contains(reference).contains("is in draft");
            browser.go("commissioning/contract.xhtml?id=" + contract);
            browser.submit(By.id("agreement:signProvider"));
            assertThat(browser.text()).contains("Signed for the provider").contains("Agreed").contains("Make a return");

            // The provider makes the Q1 return with its evidence.
            browser.choose("return:indicatorId", indicator);
            browser.choose("return:quarter", "1");
            browser.type(By.id("return:numerator"), "80");
            browser.type(By.id("return:denominator"), "100");
            browser.type(By.id("return:narrative"), "Screened at the first visit in both practices.");
            browser.driver().findElement(By.id("return:file")).sendKeys(evidence.toAbsolutePath().toString());
            browser.submit(By.id("return:submitReturn"));
            assertThat(browser.text()).contains("The return is made").contains("80 of 100 = 80 %").contains("Late")
                    .contains(evidence.getFileName().toString());
            browser.signOut();

            // The commissioner queries it; the provider answers with a resubmission; the commissioner accepts.
            browser.signIn("commissioner", Demo.PASSWORD);
            browser.go("commissioning/contract.xhtml?id=" + contract);
            browser.choose("assessment:returnId", String.valueOf(api.as("admin").get("api/v1/indicators/" + indicator
                    + "/submissions").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()));
            browser.click(By.cssSelector("label[for='assessment:outcome:1']"));
            browser.type(By.id("assessment:text"), "Were patients seen at home included?");
            browser.submit(By.id("assessment:assess"));
            assertThat(browser.text()).contains("The assessment is recorded").contains("Queried")
                    .contains("Were patients seen at home included?");
            browser.signOut();
            browser.signIn("provider", Demo.PASSWORD);
            browser.go("commissioning/contract.xhtml?id=" + contract);
            browser.choose("return:indicatorId", indicator);
            browser.choose("return:quarter", "1");
            browser.type(By.id("return:numerator"), "84");
            browser.type(By.id("return:denominator"), "105");
            browser.type(By.id("return:narrative"), "Yes: five home visits added to the count.");
            browser.submit(By.id("return:submitReturn"));
            assertThat(browser.text()).contains("84 of 105 = 80 %").contains("Resubmitted");
            browser.signOut();
            browser.signIn("commissioner", Demo.PASSWORD);
            browser.go("commissioning/contract.xhtml?id=" + contract);
            browser.choose("assessment:returnId", String.valueOf(api.as("admin").get("api/v1/indicators/" + indicator
                    + "/submissions").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()));
            browser.click(By.cssSelector("label[for='assessment:outcome:0']"));
            browser.submit(By.id("assessment:assess"));
            // 80 % → (80 − 60) ÷ 30 = 66.67 % achieved; 100 % × 66.67 % × £25,000.00 = £16,667.50.
            assertThat(browser.text()).contains("Accepted").contains("100.00 % × 66.67 % × £25,000.00 = £16,667.50");
            browser.screenshotWhole("commissioning-contract");
            browser.signOut();
        } finally {
            Files.deleteIfExists(evidence);
        }
    }

    // ---- practice profiles and clinical advice (the rest of aim C) --------------------------------------------

    private Answer importCsv(String who, String csv, boolean preview) {
        return api.as(who).send("POST", "api/v1/profile-data" + (preview ? "?preview=true" : ""), "text/csv",
                csv.getBytes(StandardCharsets.UTF_8), java.util.Map.of());
    }

    private int practicesIn(String indicator, String period) {
        return api.as("admin").get("api/v1/profile-indicators/" + indicator + "/funnel?area=region&period="
                + period.replace(" ", "%20")).json().getJsonArray("points").size();
    }

    @Test
    void aPracticeFileIsCheckedLineByLineAndSavedWholeOrNotAtAll() {
        String period = "2020/21 Q1";
        String bad = "practice code,indicator code,period,numerator,denominator\n"
                + "Z00001,FLU-65," + period + ",120,150\n"
                + "Z00002,FLU-65," + period + ",151,150\n"
                + "Z99999,NOPE,2020/21 Q1,-3,x\n"
                + "Z00003,FLU-65,Q1 2020,10,100\n"
                + "Z00001,FLU-65," + period + ",100,150\n"
                + "Z00045,FLU-65," + period + ",10,100\n";
        Answer refused = importCsv("commissioner", bad, false);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        List<String> errors = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("message")).toList();
        assertThat(errors).containsExactly(
                "Line 3: the numerator (151) is above the denominator (150) of a proportion.",
                "Line 4: there is no GP practice \"Z99999\" in the portal; there is no indicator \"NOPE\" in the catalogue; "
                        + "the numerator is negative (-3); the denominator \"x\" is not a whole number.",
                "Line 5: the period \"Q1 2020\" is not a financial quarter such as 2025/26 Q3.",
                "Line 6: the value for practice Z00001, indicator FLU-65, 2020/21 Q1 appears earlier in the file too.",
                "Line 7: the practice \"Z00045\" is not in your area.");
        assertThat(practicesIn("FLU-65", period)).as("nothing saved from a file with bad lines").isZero();

        String good = "practice code,indicator code,period,numerator,denominator\n"
                + "Z00001,FLU-65," + period + ",120,150\nZ00002,flu-65,2020/21q1,90,150\nZ00003,FLU-65," + period + ",20,100\n";
        Answer preview = importCsv("commissioner", good, true);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().getInt("rows")).isEqualTo(3);
        assertThat(preview.json().getBoolean("saved")).isFalse();
        assertThat(practicesIn("FLU-65", period)).as("a preview saves nothing").isZero();
        Answer saved = importCsv("commissioner", good, false);
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(practicesIn("FLU-65", period)).isEqualTo(3);
        // The same key again replaces the value instead of adding one.
        Answer again = importCsv("commissioner", "Z00003,FLU-65," + period + ",40,100\n", false);
        assertThat(again.json().getInt("replaced")).isEqualTo(1);
        JsonObject funnel = api.as("commissioner").get("api/v1/profile-indicators/FLU-65/funnel?period=2020/21%20Q1").json();
        assertThat(funnel.getJsonArray("points").getValuesAs(JsonObject.class)).anyMatch(p -> "Z00003".equals(p.getString("code", null))
                && p.getInt("numerator") == 40);
        // Only commissioners and administrators import; a provider's role refuses it.
        assertThat(importCsv("provider", good, true).status()).isEqualTo(403);
        assertThat(importCsv("practice.manager", good, true).status()).isEqualTo(403);
        assertThat(importCsv("commissioner", "", false).status()).isEqualTo(400);
        assertThat(importCsv("commissioner", "\"Z00001,FLU-65\n", false).status()).isEqualTo(400);
    }

    @Test
    void oneFileImportedFourTimesAtOnceIsSavedOnceAndNeverFails() throws Exception {
        String file = "practice code,indicator code,period,numerator,denominator\n"
                + "Z00004,BP-CONTROL,2019/20 Q2,700,900\nZ00005,BP-CONTROL,2019/20 Q2,650,880\n"
                + "Z00006,BP-CONTROL,2019/20 Q2,720,910\n";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> importCsv("commissioner", file, false).status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> a : answers) {
                statuses.add(a.get());
            }
            assertThat(statuses).as("saved, or refused because another finished first").allMatch(s -> s == 201 || s == 409)
                    .contains(201);
        } finally {
            pool.shutdown();
        }
        assertThat(practicesIn("BP-CONTROL", "2019/20 Q2")).isEqualTo(3);
    }

    @Test
    void administratorsKeepTheCatalogue() {
        String body = "{\"code\":\"copd-review\",\"name\":\"COPD: annual review\",\"definition\":\"Patients on the COPD "
                + "register reviewed in the last 12 months, of all on the register.\",\"kind\":\"PROPORTION\",\"polarity\":"
                + "\"HIGHER_IS_BETTER\",\"source\":\"QOF\",\"periodType\":\"YEAR\",\"pathwayCode\":\"LONG_TERM_CONDITIONS\","
                + "\"aims\":[\"B\"]}";
        assertThat(api.as("commissioner").post("api/v1/profile-indicators", body).status()).isEqualTo(403);
        Answer made = api.as("admin").post("api/v1/profile-indicators", body);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().getString("code")).isEqualTo("COPD-REVIEW");
        assertThat(made.json().getJsonArray("aims").toString()).isEqualTo("[\"B\",\"C\"]");
        assertThat(api.as("admin").post("api/v1/profile-indicators", body).status()).as("the code is taken").isEqualTo(409);
        Answer bad = api.as("admin").post("api/v1/profile-indicators", "{\"code\":\"x\",\"kind\":\"PROPORTION\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("The code is 2 to 20 capital letters").contains("The indicator's name is required")
                .contains("Choose the pathway");
        // A yearly indicator takes years, not quarters.
        Answer quarter = importCsv("admin", "Z00001,COPD-REVIEW,2025/26 Q1,10,20\n", true);
        assertThat(quarter.body()).contains("is not a financial year such as 2025/26");
        assertThat(importCsv("admin", "Z00001,COPD-REVIEW,2025/26,10,20\n", false).status()).isEqualTo(201);
    }

    @Test
    void eachRoleSeesThePracticesItMayAndNoOthers() {
        assertThat(api.as("commissioner").get("api/v1/practices/Z00008/profile").status()).isEqualTo(200);
        assertThat(api.as("commissioner").get("api/v1/practices/Z00045/profile").status()).as("another PCT's practice").isEqualTo(404);
        assertThat(api.as("commissioner").get("api/v1/practices?size=200").json().getInt("total")).isEqualTo(40);
        assertThat(api.as("practice.manager").get("api/v1/practices/Z00001/profile").status()).isEqualTo(200);
        assertThat(api.as("practice.manager").get("api/v1/practices/Z00008/profile").status()).isEqualTo(404);
        assertThat(api.as("practice.manager").get("api/v1/practices").json().getInt("total")).isEqualTo(1);
        JsonObject profile = api.as("practice.manager").get("api/v1/practices/Z00001/profile").json();
        assertThat(profile.getJsonArray("rows").size()).as("the demo's ten, and any another test adds").isGreaterThanOrEqualTo(10);
        assertThat(profile.getJsonArray("peers").getValuesAs(JsonObject.class)).isEmpty();
        // On a funnel a provider's own practice is named; the others only counted.
        JsonObject funnel = api.as("practice.manager").get("api/v1/profile-indicators/ACSC-ADM/funnel").json();
        List<JsonObject> points = funnel.getJsonArray("points").getValuesAs(JsonObject.class);
        assertThat(points).hasSize(40);
        assertThat(points.stream().filter(p -> p.containsKey("code") && !p.isNull("code")).map(p -> p.getString("code")))
                .containsExactly("Z00001");
        assertThat(api.as("provider").get("api/v1/practices/Z00001/profile").status()).as("a trust's provider").isEqualTo(404);
        assertThat(api.as("mentor").get("api/v1/profile-indicators/ACSC-ADM/funnel").status()).isEqualTo(403);
        assertThat(api.as("mentor").get("api/v1/practices").json().getInt("total")).isZero();
        assertThat(api.as("mentor").get("api/v1/profile-indicators").json().getInt("total")).isGreaterThanOrEqualTo(10);
        assertThat(api.as("board.member").get("api/v1/practices/Z00045/profile").status()).isEqualTo(200);
        assertThat(api.as("clinical.lead").get("api/v1/practices/Z00045/profile").status()).as("a lead in post").isEqualTo(200);
        JsonObject region = api.as("regional.md").get("api/v1/profile-indicators/ACSC-ADM/funnel?area=region&overdispersion=false")
                .json();
        assertThat(region.getJsonArray("points")).hasSize(60);
        assertThat(region.getBoolean("adjusted")).isFalse();
        assertThat(region.getJsonArray("points").getValuesAs(JsonObject.class)).anyMatch(p -> "Z00008".equals(p.getString("code"))
                && p.getString("flag").equals("HIGH_998"));
        assertThat(api.as("commissioner").get("api/v1/profile-indicators/ACSC-ADM/funnel?area=nowhere").status()).isEqualTo(400);
        assertThat(api.as("commissioner").get("api/v1/profile-indicators/ACSC-ADM/funnel?period=2025").status()).isEqualTo(400);
        assertThat(api.as("commissioner").get("api/v1/profile-indicators/ACSC-ADM/funnel?overdispersion=maybe").status()).isEqualTo(400);
        Answer csv = api.as("commissioner").getWithAccept("api/v1/profile-indicators/ACSC-ADM/funnel.csv", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("Harbour Road Medical Practice").doesNotContain("Z00045");
    }

    private long organisationId(String code) {
        return organisation(code);
    }

    @Test
    void adviceGoesToThePathwaysLeadsAndAConflictedLeadStatesItBeforeAnswering() {
        long harbourRoad = organisationId("Z00008");
        long indicator = api.as("admin").get("api/v1/profile-indicators/ACSC-ADM").json().getJsonNumber("id").longValue();
        Answer raised = api.as("commissioner").post("api/v1/advice-requests", "{\"question\":\"Why is Harbour Road above the "
                + "limit?\",\"pathwayCode\":\"ACUTE_CARE\",\"organisationIds\":[" + harbourRoad + "],\"subject\":"
                + "\"PROFILE_INDICATOR\",\"subjectId\":" + indicator + ",\"dueOn\":\"" + LocalDate.now().plusDays(14)
                + "\",\"urgency\":\"ROUTINE\",\"aims\":[\"B\"]}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        long id = raised.json().getJsonObject("summary").getJsonNumber("id").longValue();
        assertThat(raised.json().getJsonArray("aims").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)).containsExactly("B", "C");
        // Routed: the acute care lead is told; a provider, a mentor and another PCT's nothing.
        assertThat(api.as("clinical.lead").get("api/v1/notices").body()).contains("clinical advice requested on the Acute care pathway");
        assertThat(api.as("practice.manager").get("api/v1/advice-requests/" + id).status()).isEqualTo(404);
        assertThat(api.as("mentor").get("api/v1/advice-requests/" + id).status()).isEqualTo(404);
        assertThat(api.as("board.member").get("api/v1/advice-requests/" + id).status()).as("not about their board").isEqualTo(404);
        assertThat(api.as("provider").post("api/v1/advice-requests", "{}").status()).isEqualTo(403);

        JsonObject seen = api.as("clinical.lead").get("api/v1/advice-requests/" + id).json();
        assertThat(seen.getJsonObject("can").getBoolean("accept")).isTrue();
        assertThat(seen.getJsonArray("myInterests").getString(0)).contains("Harbour Road");
        long version = seen.getJsonObject("summary").getJsonNumber("version").longValue();
        assertThat(api.as("commissioner").post("api/v1/advice-requests/" + id + "/acceptance", "{\"version\":" + version + "}")
                .status()).as("only the pathway's leads accept").isEqualTo(403);
        Answer accepted = api.as("clinical.lead").post("api/v1/advice-requests/" + id + "/acceptance", "{\"version\":" + version + "}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        Answer stale = api.as("clinical.lead").post("api/v1/advice-requests/" + id + "/acceptance", "{\"version\":" + version + "}");
        assertThat(stale.status()).isEqualTo(409);
        version = accepted.json().getJsonObject("summary").getJsonNumber("version").longValue();
        Answer early = api.as("clinical.lead").post("api/v1/advice-requests/" + id + "/response", "{\"advice\":\"Audit COPD "
                + "admissions.\",\"version\":" + version + "}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().getString("detail")).contains("State how it is managed before answering");
        Answer stated = api.as("clinical.lead").post("api/v1/advice-requests/" + id + "/conflict-statements", "{\"handling\":"
                + "\"Reviewed by the planned care lead before it is sent.\",\"version\":" + version + "}");
        assertThat(stated.status()).as(stated.body()).isEqualTo(200);
        version = stated.json().getJsonObject("summary").getJsonNumber("version").longValue();
        Answer answered = api.as("clinical.lead").post("api/v1/advice-requests/" + id + "/response", "{\"advice\":\"Audit COPD "
                + "admissions against the practice's register.\",\"recommendation\":\"Audit first.\",\"version\":" + version + "}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().getString("declaredInterest")).contains("Harbour Road");
        version = answered.json().getJsonObject("summary").getJsonNumber("version").longValue();
        assertThat(api.as("clinical.lead").post("api/v1/advice-requests/" + id + "/outcome", "{\"outcome\":\"FOLLOWED\","
                + "\"version\":" + version + "}").status()).as("only the requester records the outcome").isEqualTo(403);
        Answer partly = api.as("commissioner").post("api/v1/advice-requests/" + id + "/outcome", "{\"outcome\":\"NOT_FOLLOWED\","
                + "\"version\":" + version + "}");
        assertThat(partly.status()).isEqualTo(400);
        Answer followed = api.as("commissioner").post("api/v1/advice-requests/" + id + "/outcome", "{\"outcome\":\"FOLLOWED\","
                + "\"version\":" + version + "}");
        assertThat(followed.status()).as(followed.body()).isEqualTo(200);
        assertThat(followed.json().getJsonObject("summary").getString("status")).isEqualTo("CLOSED");
        assertThat(api.as("commissioner").get("api/v1/advice-requests?subject=PROFILE_INDICATOR&subjectId=" + indicator)
                .json().getJsonArray("items").getValuesAs(JsonObject.class)).anyMatch(a -> a.getJsonNumber("id").longValue() == id);
        JsonObject register = api.as("regional.md").get("api/v1/advice/register").json().getJsonObject("total");
        assertThat(register.getInt("followed")).isGreaterThanOrEqualTo(1);
        assertThat(register.getInt("overdue")).as("the demo's overdue request").isGreaterThanOrEqualTo(1);
        assertThat(api.as("commissioner").get("api/v1/advice-requests?overdue=true").json().getInt("total")).isGreaterThanOrEqualTo(1);
        assertThat(api.as("commissioner").get("api/v1/advice-requests?overdue=perhaps").status()).isEqualTo(400);
    }

    @Test
    void overdueAdviceRemindsTheLeadsAndTheRequesterOnce() {
        Answer first = api.as("admin").post("api/v1/advice/reminders", "{}");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(api.as("admin").post("api/v1/advice/reminders", "{}").json().getInt("sent")).as("each goes once").isZero();
        assertThat(api.as("clinical.lead").get("api/v1/notices").body()).contains("Clinical advice overdue: the Acute care pathway");
        assertThat(api.as("commissioner").get("api/v1/notices").body()).contains("Clinical advice overdue: the Acute care pathway");
        assertThat(api.as("commissioner").post("api/v1/advice/reminders", "{}").status()).isEqualTo(403);
    }

    /**
     * The story of aim C's other two strands in the browser: the commissioner imports a file, finds an outlier on a
     * funnel plot, opens its profile and asks the acute care lead for advice; the lead, whose spouse is a partner at
     * the practice, states how that is managed and answers; the commissioner records the advice was followed; the
     * practice manager of another practice sees only their own.
     */
    @Test
    void fromAFunnelPlotOutlierToAdviceFollowedInTheBrowser() throws Exception {
        Path csv = Files.createTempFile("practice-values", ".csv");
        Files.writeString(csv, "practice code,indicator code,period,numerator,denominator\n"
                + "Z00010,AE-ATTEND,2019/20 Q4,500,6000\nZ00011,AE-ATTEND,2019/20 Q4,450,5000\nZ00012,AE-ATTEND,2019/20 Q4,700,6500\n");
        try (Browser browser = Browser.open(base)) {
            browser.signIn("commissioner", Demo.PASSWORD);
            browser.menu("menuProfiles");
            browser.waitFor(By.id("importForm:file")).sendKeys(csv.toAbsolutePath().toString());
            browser.submit(By.id("importForm:preview"));
            assertThat(browser.text()).contains("The file is ready to import: 3 values").contains("Checked, not yet imported");
            browser.waitFor(By.id("importForm:file")).sendKeys(csv.toAbsolutePath().toString());
            browser.submit(By.id("importForm:save"));
            assertThat(browser.text()).contains("Imported 3 values for 3 practices");

            browser.go("profiles/indicator.xhtml?code=ACSC-ADM");
            browser.waitFor(By.cssSelector("#chart canvas, canvas"));
            assertThat(browser.driver().findElement(By.id("outliers")).getText()).contains("Harbour Road Medical Practice")
                    .contains("Outside 99.8 %, worse");
            assertThat(browser.consoleErrors()).as("the favicon is issue 16's").allMatch(e -> e.contains("favicon.ico"));
            // The outlier's indicator becomes a CQUIN indicator of a draft scheme, linked both ways.
            long draft = contract("GPCT-PROFILE-" + LAST_YEAR, "RZP", LAST_YEAR);
            browser.go("profiles/indicator.xhtml?code=ACSC-ADM");
            new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("cquinForm:contractId")))
                    .selectByValue(String.valueOf(draft));
            browser.type(By.id("cquinForm:minimum"), "5");
            browser.type(By.id("cquinForm:maximum"), "3.5");
            browser.type(By.id("cquinForm:weight"), "100");
            browser.submit(By.id("cquinForm:propose"));
            assertThat(browser.text()).contains("Added to the scheme as a CQUIN indicator")
                    .contains("From the practice profiles: ACSC-ADM");
            browser.click(By.linkText("From the practice profiles: ACSC-ADM"));
            assertThat(browser.driver().findElement(By.id("builtOn")).getText()).contains("GPCT-PROFILE-" + LAST_YEAR);
            browser.click(By.linkText("Harbour Road Medical Practice"));
            assertThat(browser.text()).contains("Z00008").contains("Greyhaven Primary Care Trust").contains("Outside 99.8 %, worse");
            browser.click(By.cssSelector("a[href*='indicator=ACSC-ADM'][href*='practice=Z00008']"));
            assertThat(browser.text()).contains("Emergency admissions for ambulatory care sensitive conditions per 1,000 (ACSC-ADM)");
            browser.type(By.id("request:background"), "Above the 99.8 % limit for two quarters.");
            browser.submit(By.id("request:send"));
            assertThat(browser.text()).contains("Your request is sent").contains("Harbour Road Medical Practice (Z00008)")
                    .contains("Waiting for a lead");
            String request = browser.url();
            browser.signOut();

            browser.signIn("clinical.lead", Demo.PASSWORD);
            browser.driver().get(request);
            assertThat(browser.text()).contains("You have a live declared interest").contains("Harbour Road");
            browser.submit(By.id("accept:acceptButton"));
            assertThat(browser.text()).contains("You have taken the request on").contains("State how it is managed");
            browser.type(By.id("conflict:handling"), "Reviewed by the planned care lead, who has no interest, before it is sent.");
            browser.submit(By.id("conflict:stateButton"));
            browser.type(By.id("answer:advice"), "Audit COPD admissions against the practice's register and offer in-reach.");
            browser.type(By.id("answer:recommendation"), "Audit first, then in-reach.");
            browser.submit(By.id("answer:answerButton"));
            assertThat(browser.text()).contains("Your advice is sent").contains("Audit COPD admissions")
                    .contains("Reviewed by the planned care lead");
            browser.signOut();

            browser.signIn("commissioner", Demo.PASSWORD);
            browser.driver().get(request);
            browser.click(By.cssSelector("label[for='outcome:outcomeChoice:0']"));
            browser.submit(By.id("outcome:outcomeButton"));
            assertThat(browser.text()).contains("What happened is recorded").contains("Outcome recorded").contains("Followed");
            browser.screenshotWhole("advice-request");
            browser.signOut();

            // An aspiring leader starts a change project on the outlier, measured by the indicator.
            browser.signIn("aspiring.leader", Demo.PASSWORD);
            browser.go("projects/mine.xhtml?indicator=ACSC-ADM&practice=Z00008");
            assertThat(browser.driver().findElement(By.id("create:title")).getAttribute("value"))
                    .isEqualTo("Reducing variation: Emergency admissions for ambulatory care sensitive conditions per 1,000 at "
                            + "Harbour Road Medical Practice");
            browser.type(By.id("create:problem"), "Twice the area's rate of COPD admissions.");
            browser.type(By.id("create:aimHowMuch"), "from 6.8 to 4 per 1,000 a quarter");
            browser.pickDate("create:aimByWhen", LocalDate.now().plusMonths(9));
            browser.type(By.id("create:service"), "General practice");
            browser.submit(By.id("create:save"));
            assertThat(browser.text()).contains("measured by the practice profile indicator ACSC-ADM")
                    .contains("the practice profiles: ACSC-ADM");
            // The page does not offer a link that would only be refused; the address itself is refused.
            assertThat(browser.has(By.linkText("the practice profiles: ACSC-ADM"))).as("no link to a refusal").isFalse();
            browser.go("profiles/indicator.xhtml?code=ACSC-ADM");
            assertThat(browser.text()).as("an aspiring leader does not see the figures").contains("You do not have access to this page");
            browser.signOut();
            browser.signIn("admin", Demo.PASSWORD);
            browser.go("profiles/indicator.xhtml?code=ACSC-ADM");
            assertThat(browser.driver().findElement(By.id("projectsFrom")).getText()).contains("Reducing variation: Emergency");
            browser.signOut();

            browser.signIn("practice.manager", Demo.PASSWORD);
            browser.menu("menuProfiles");
            assertThat(browser.driver().findElement(By.id("practices:table")).getText()).contains("Abbey Lane Surgery")
                    .doesNotContain("Harbour Road");
            browser.go("profiles/practice.xhtml?code=Z00008");
            assertThat(browser.text()).doesNotContain("Registered patients").containsIgnoringCase("not found");
            browser.go("profiles/practice.xhtml?code=Z00001");
            assertThat(browser.text()).contains("Abbey Lane Surgery").contains("Registered patients");
            browser.signOut();
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    // ---- Aims D and E: reconfiguration reviews and the assurance of plans (one deployment with aim C) ----

    private long propose(String who, String title, String sponsorCode, String... affectedCodes) {
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
        long id = propose("commissioner", "Stroke units on two sites (rules)", "5Z4", "RZG");
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
        long id = propose("provider", "Community stroke rehabilitation beds", "RZP", "5Z4");
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
        long id = propose("commissioner", "Stroke thrombolysis at night", "5Z4", "RZG");
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
        long id = propose("commissioner", "Hyper-acute stroke at Greyhaven General", "5Z4", "RZG");
        long third = otherLead(id, CHAIR, CONFLICTED_LEAD);
        try (Browser browser = Browser.open(base)) {
            browser.signIn("regional.md", Demo.PASSWORD);
            browser.menu("menuReconfiguration");
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
            browser.menu("menuAssurance");
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

    // ----- Operating targets (aim D) -----

    private Answer importFigures(String who, String csv, String query) {
        return api.as(who).send("POST", "api/v1/target-data" + query, "text/csv", csv.getBytes(StandardCharsets.UTF_8),
                java.util.Map.of());
    }

    private static List<String> errorMessages(Answer answer) {
        return answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("message")).toList();
    }

    @Test
    void targetFiguresAreCheckedLineByLineSavedWholeOrNotAtAllAndEachMonthOnce() {
        String next = java.time.YearMonth.now().plusMonths(1).toString();
        String held = java.time.YearMonth.now().minusMonths(1).toString();
        String bad = "organisation code,target code,month,value\n"
                + "RZP,RTT-ADM,2020-01,91.5\n"
                + "RZA,RTT-ADM,2020-01,91.5\n"
                + "RZP,NOPE," + next + ",-2\n"
                + "RZP,RTT-ADM,Jan 2020,101\n"
                + "RZP,MRSA,2020-01,1.5\n"
                + "RZP,rtt-adm,2020-01,90\n"
                + "RZP,SUI-60," + held + ",75\n"
                + "XX9,RTT-ADM,2020-02,80\n";
        Answer refused = importFigures("provider", bad, "");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(errorMessages(refused)).containsExactly(
                "Line 3 is for RZA, which is not your organisation.",
                "Line 4 names a target \"NOPE\" that is not in the list of targets, is for " + next
                        + ", a month still to come, has a negative figure.",
                "Line 5 has the month \"Jan 2020\"; write it as 2026-10, has a percentage above 100.",
                "Line 6 has a count that is not a whole number.",
                "Line 7 repeats the figure of RZP for RTT-ADM in 2020-01 (line 2).",
                "Line 9 names an organisation \"XX9\" that is not in the portal.",
                "Line 8: the figure of RZP for SUI-60 in " + held + " is already held ("
                        + api.as("admin").get("api/v1/organisations/" + organisation("RZP") + "/targets/SUI-60/spc").json()
                                .getJsonArray("months").getValuesAs(JsonObject.class).stream()
                                .filter(m -> m.getString("month").startsWith(held)).findFirst().orElseThrow()
                                .getJsonNumber("value").bigDecimalValue().stripTrailingZeros().toPlainString()
                        + "); a month's figure is imported once.");
        String spc = "api/v1/organisations/" + organisation("RZP") + "/targets/RTT-ADM/spc";
        assertThat(api.as("provider").get(spc).status()).as("nothing saved from a file with bad lines").isEqualTo(404);

        String good = "organisation code,target code,month,value\nRZP,RTT-ADM,2020-01,91.5\nrzp,rtt-adm,2020-02,88\n"
                + "RZP,RTT-ADM,2020-03,89.25\n";
        Answer preview = importFigures("provider", good, "?preview=true");
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().getInt("rows")).isEqualTo(3);
        assertThat(preview.json().getBoolean("saved")).isFalse();
        assertThat(api.as("provider").get(spc).status()).as("a preview saves nothing").isEqualTo(404);
        Answer saved = importFigures("provider", good, "");
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(saved.json().getString("firstMonth")).isEqualTo("2020-01");
        assertThat(saved.json().getInt("seriesRead")).isEqualTo(1);
        JsonObject chart = api.as("provider").get(spc).json();
        assertThat(chart.getJsonArray("months")).hasSize(3);
        assertThat(chart.getJsonObject("spc").getBoolean("tooFewPoints")).isTrue();
        assertThat(chart.getBoolean("exception")).as("the latest month, 89.25, misses 90 %").isTrue();
        Answer again = importFigures("provider", "RZP,RTT-ADM,2020-02,95\n", "");
        assertThat(again.status()).isEqualTo(400);
        assertThat(errorMessages(again)).containsExactly("Line 1: the figure of RZP for RTT-ADM in 2020-02 is already held (88); "
                + "a month's figure is imported once.");
        // An administrator loads any organisation's; other roles none; an empty or broken file is refused in words.
        assertThat(importFigures("admin", "RZA,RTT-ADM,2020-01,93\n", "?preview=true").status()).isEqualTo(200);
        assertThat(importFigures("commissioner", "5Z4,RTT-ADM,2020-01,93\n", "?preview=true").status()).isEqualTo(200);
        for (String who : List.of("mentor", "board.member", "secretary", "aspiring.leader", "programme.manager")) {
            assertThat(importFigures(who, good, "?preview=true").status()).as(who).isEqualTo(403);
        }
        assertThat(importFigures("provider", "", "").status()).isEqualTo(400);
        assertThat(errorMessages(importFigures("provider", "\"RZP,RTT-ADM\n", ""))).singleElement().asString()
                .startsWith("The file cannot be read as CSV");
        assertThat(importFigures("provider", good, "?preview=maybe").status()).isEqualTo(400);
    }

    @Test
    void exceptionsAreListedPagedAndEachSeriesShowsItsChartOnlyToThoseWhoMaySee() {
        JsonObject all = api.as("regional.md").get("api/v1/targets/exceptions?size=2").json();
        assertThat(all.getInt("total")).isGreaterThanOrEqualTo(5);
        assertThat(all.getJsonArray("items")).hasSize(2);
        List<JsonObject> rtt = api.as("admin").get("api/v1/targets/exceptions?target=rtt-adm&size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(rtt).allMatch(r -> r.getString("targetCode").equals("RTT-ADM") && r.getBoolean("exception"))
                .anyMatch(r -> r.getString("organisationCode").equals("RZC"));
        JsonObject calderwick = rtt.stream().filter(r -> r.getString("organisationCode").equals("RZC")).findFirst().orElseThrow();
        assertThat(calderwick.getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).contains("the latest month misses the standard");
        assertThat(api.as("board.member").get("api/v1/targets/series?organisation=RZC&size=100").json().getInt("total")).isEqualTo(5);
        // The provider sees its own organisation's series only; the commissioner its own; others none.
        assertThat(api.as("provider").get("api/v1/targets/exceptions?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .isNotEmpty().allMatch(r -> r.getString("organisationCode").equals("RZP"));
        assertThat(api.as("commissioner").get("api/v1/targets/series?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .isNotEmpty().allMatch(r -> r.getString("organisationCode").equals("5Z4"));
        for (String who : List.of("mentor", "aspiring.leader", "secretary", "programme.manager")) {
            assertThat(api.as(who).get("api/v1/targets/exceptions").json().getInt("total")).as(who).isZero();
        }
        String spc = "api/v1/organisations/" + organisation("RZC") + "/targets/RTT-ADM/spc";
        JsonObject chart = api.as("regional.md").get(spc).json();
        assertThat(chart.getJsonArray("months")).hasSize(24);
        assertThat(chart.getJsonObject("spc").getJsonArray("rows")).hasSize(24);
        assertThat(chart.getBoolean("exception")).isTrue();
        assertThat(chart.getString("assuranceIcon")).isIn("Hit and miss", "Consistently failing");
        assertThat(chart.getBoolean("canAct")).isTrue();
        assertThat(api.as("board.member").get(spc).json().getBoolean("canAct")).isFalse();
        long series = chart.getJsonNumber("seriesId").longValue();
        assertThat(api.as("admin").get("api/v1/targets/series/" + series).status()).isEqualTo(200);
        for (String who : List.of("provider", "commissioner", "mentor", "aspiring.leader")) {
            assertThat(api.as(who).get(spc).status()).as(who).isEqualTo(404);
            assertThat(api.as(who).get("api/v1/targets/series/" + series).status()).as(who).isEqualTo(404);
        }
        assertThat(api.as("admin").get("api/v1/organisations/" + organisation("RZC") + "/targets/NOPE/spc").status()).isEqualTo(404);
        assertThat(api.as("admin").get("api/v1/targets/series/999999").status()).isEqualTo(404);
        assertThat(api.as("admin").get("api/v1/targets/exceptions?sort=nonsense").status()).isEqualTo(400);
    }

    @Test
    void fromAnExceptionTheRegionalTeamAsksForAdviceAndPutsItOnABoardsAgendaLinkedBothWays() {
        long planned = api.as("admin").get("api/v1/boards").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("name").startsWith("Planned care")).findFirst().orElseThrow().getJsonNumber("id")
                .longValue();
        long series = api.as("admin").get("api/v1/organisations/" + organisation("RZH") + "/targets/SUI-60/spc").json()
                .getJsonNumber("seriesId").longValue();
        String path = "api/v1/targets/series/" + series + "/agenda-items";
        String body = "{\"boardId\":" + planned + ",\"note\":\"Investigations at Hollinbrook close late: ask for the plan.\"}";
        assertThat(api.as("board.member").post(path, body).status()).isEqualTo(403);
        assertThat(api.as("provider").post(path, body).status()).isEqualTo(403);
        Answer blank = api.as("regional.md").post(path, "{\"boardId\":" + planned + ",\"note\":\" \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("The note for the board");
        assertThat(api.as("regional.md").post(path, "{\"note\":\"x\"}").body()).contains("Choose the board");
        assertThat(api.as("regional.md").post(path, "{\"boardId\":999999,\"note\":\"x\"}").status()).isEqualTo(400);
        Answer meeting = api.as("secretary").post("api/v1/boards/" + planned + "/meetings", "{\"startsAt\":\""
                + java.time.LocalDateTime.now().plusDays(45).withHour(10).withMinute(0).withSecond(0).withNano(0)
                + "\",\"place\":\"Room 5\"}");
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
        long meetingId = id(meeting);
        Answer put = api.as("regional.md").post(path, body);
        assertThat(put.status()).as(put.body()).isEqualTo(201);
        assertThat(put.json().getJsonNumber("meetingId").longValue()).isEqualTo(meetingId);
        Answer twice = api.as("admin").post(path, body);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("already on the agenda");
        JsonObject item = api.as("secretary").get("api/v1/meetings/" + meetingId).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getJsonNumber("id").longValue()
                        == put.json().getJsonNumber("itemId").longValue()).findFirst().orElseThrow();
        assertThat(item.getString("title")).startsWith("Operating target exception: Serious untoward incidents");
        assertThat(item.getJsonObject("source").getString("kind")).isEqualTo("TARGET_SERIES");
        assertThat(item.getJsonObject("source").getJsonNumber("id").longValue()).isEqualTo(series);
        // Advice about the series: the request names it, and the series lists the request and the item.
        Answer asked = api.as("regional.md").post("api/v1/advice-requests", "{\"question\":\"Why do investigations "
                + "at Hollinbrook close late?\",\"pathwayCode\":\"ACUTE_CARE\",\"subject\":\"TARGET_SERIES\",\"subjectId\":"
                + series + ",\"dueOn\":\"" + LocalDate.now().plusDays(20) + "\",\"urgency\":\"ROUTINE\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.json().getJsonObject("summary").getString("subjectLabel"))
                .isEqualTo("Serious untoward incidents: investigations closed within 60 working days at Hollinbrook Hospitals NHS Trust");
        JsonObject chart = api.as("regional.md").get("api/v1/targets/series/" + series).json();
        assertThat(chart.getJsonArray("advice").getValuesAs(JsonObject.class)).extracting(a -> a.getString("question"))
                .contains("Why do investigations at Hollinbrook close late?");
        assertThat(chart.getJsonArray("agendaItems").getValuesAs(JsonObject.class)).extracting(a -> a.getJsonNumber("meetingId")
                .longValue()).containsExactly(meetingId);
        assertThat(api.as("admin").post("api/v1/advice-requests", "{\"question\":\"x\",\"pathwayCode\":\"ACUTE_CARE\","
                + "\"subject\":\"TARGET_SERIES\",\"subjectId\":999999,\"dueOn\":\"" + LocalDate.now().plusDays(20)
                + "\",\"urgency\":\"ROUTINE\"}").status()).isEqualTo(400);
    }

    @Test
    void administratorsAddTargetsAndEveryRuleOfATargetIsSaidInWords() {
        String target = "{\"code\":\"CANCER-62\",\"name\":\"Cancer: treated within 62 days of urgent referral\","
                + "\"unit\":\"PERCENT\",\"direction\":\"INCREASE\",\"standard\":85,\"aims\":[\"A\"]}";
        assertThat(api.as("commissioner").post("api/v1/targets", target).status()).isEqualTo(403);
        assertThat(api.as("regional.md").post("api/v1/targets", target).status()).isEqualTo(403);
        Answer made = api.as("admin").post("api/v1/targets", target);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().getJsonArray("aims").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("A", "D");
        assertThat(made.json().getString("standardLabel")).isEqualTo("at least 85 %");
        assertThat(api.as("admin").post("api/v1/targets", target).status()).isEqualTo(409);
        Answer bad = api.as("admin").post("api/v1/targets", "{\"code\":\"x\",\"name\":\" \",\"unit\":\"PERCENT\","
                + "\"direction\":\"NEUTRAL\",\"standard\":120}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors")).hasSize(4);
        assertThat(api.as("aspiring.leader").get("api/v1/targets?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("code")).contains("CANCER-62", "RTT-ADM", "MRSA");
    }

    private long itemId(long id, int position) {
        return view("admin", id).getJsonArray("items").getJsonObject(position).getJsonNumber("id").longValue();
    }
}
