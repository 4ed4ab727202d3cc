package org.clinlead.portal.projects;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.clinlead.portal.testing.Api.Answer;
import org.clinlead.portal.testing.Api;
import org.clinlead.portal.testing.Browser;
import org.clinlead.portal.testing.Demo;
import org.clinlead.portal.testing.Loopback;
import org.clinlead.portal.testing.RealWar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Change projects on the real WAR: measures, data (one, pasted, CSV), SPC, PDSA, and who may do what. */
@ExtendWith(ArquillianExtension.class)
class ProjectsIT {

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

    private long organisation() {
        return api.as("admin").get("api/v1/organisations?nationalCode=RZC").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    private long project(String title) {
        Answer created = api.as("aspiring.leader").post("api/v1/projects", "{\"title\":\"" + title + "\",\"problem\":"
                + "\"Delays\",\"aimWhat\":\"antibiotics within an hour\",\"aimHowMuch\":\"from 60% to 90%\",\"aimByWhen\":\""
                + LocalDate.now().plusMonths(6) + "\",\"service\":\"Emergency department\",\"organisationId\":" + organisation()
                + ",\"aims\":[\"B\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private long measure(long project) {
        Answer m = api.as("aspiring.leader").post("api/v1/projects/" + project + "/measures", "{\"name\":\"Antibiotics "
                + "within an hour\",\"type\":\"OUTCOME\",\"unit\":\"%\",\"direction\":\"INCREASE\",\"target\":90,"
                + "\"definition\":\"Patients with sepsis given antibiotics within 60 minutes of arrival, per week\"}");
        assertThat(m.status()).as(m.body()).isEqualTo(201);
        return m.json().getJsonNumber("measureId").longValue();
    }

    /** Weekly values: 12 around 60, then 12 rising towards 80 (a shift and a trend). */
    private static String series(boolean header) {
        StringBuilder csv = new StringBuilder(header ? "date,value\n" : "");
        LocalDate start = LocalDate.now().minusWeeks(30);
        double[] values = {60, 62, 58, 61, 59, 63, 60, 57, 61, 62, 59, 60, 64, 66, 68, 70, 72, 74, 75, 77, 78, 80, 79, 81};
        for (int i = 0; i < values.length; i++) {
            csv.append(start.plusWeeks(i)).append(header ? "," : "\t").append(values[i]).append('\n');
        }
        return csv.toString();
    }

    private Answer postCsv(String username, long measure, String csv, boolean preview) {
        try {
            String token = Base64.getEncoder().encodeToString((username + ":" + Demo.PASSWORD).getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(Loopback.accepting(base).toURI()
                            .resolve("api/v1/measures/" + measure + "/data" + (preview ? "?preview=true" : "")))
                    .header("Authorization", "Basic " + token).header("Content-Type", "text/csv")
                    .header("Accept", "application/json, application/problem+json")
                    .POST(HttpRequest.BodyPublishers.ofString(csv)).build();
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void badDataIsRefusedRowByRowAndNothingIsHalfImported() {
        long measure = measure(project("Sepsis bundle"));
        String bad = "date,value\n2026-01-05,60\n2026-13-40,61\n2026-01-19,sixty\n2026-01-26,NaN\n2026-02-02,1e400\n"
                + "2026-01-05,62\n";
        Answer answer = postCsv("aspiring.leader", measure, bad, false);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("Row 3: \\\"2026-13-40\\\" is not a date").contains("Row 4: \\\"sixty\\\" is not a number")
                .contains("Row 5").contains("Row 6").contains("Row 7: 2026-01-05 appears twice");
        assertThat(api.as("aspiring.leader").get("api/v1/measures/" + measure + "/data").array()).as("nothing imported").isEmpty();
        assertThat(postCsv("aspiring.leader", measure, "", false).status()).isEqualTo(400);
        StringBuilder million = new StringBuilder();
        for (int i = 0; i < 10_001; i++) {
            million.append(LocalDate.of(2000, 1, 1).plusDays(i)).append(",1\n");
        }
        assertThat(postCsv("aspiring.leader", measure, million.toString(), false).body()).contains("At most 10000 rows");

        Answer preview = postCsv("aspiring.leader", measure, series(true), true);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().getInt("valid")).isEqualTo(24);
        assertThat(api.as("aspiring.leader").get("api/v1/measures/" + measure + "/data").array()).as("a preview saves nothing").isEmpty();
        assertThat(postCsv("aspiring.leader", measure, series(true), false).status()).isEqualTo(201);
        assertThat(postCsv("aspiring.leader", measure, series(true), false).body()).as("the dates are there already")
                .contains("already has a value");
        assertThat(postCsv("provider", measure, series(true), false).status()).as("someone else's project").isEqualTo(404);
        Answer mentorData = postCsv("mentor", measure, series(true), false);
        assertThat(mentorData.status()).as("the mentor sees the project but its data is the team's: told, not hidden").isEqualTo(403);
        assertThat(mentorData.body()).contains("Only the project's owner and team add its data.");
        assertThat(api.as("commissioner").get("api/v1/measures/" + measure + "/spc").status()).isEqualTo(404);
        assertThat(api.as("programme.manager").get("api/v1/measures/" + measure + "/spc").status()).isEqualTo(200);
    }

    @Test
    void theSpcSeriesFlagsSpecialCauseAndPdsaCyclesAreDatedRight() {
        long project = project("Sepsis bundle 2");
        long measure = measure(project);
        assertThat(postCsv("aspiring.leader", measure, series(true), false).status()).isEqualTo(201);
        JsonObject spc = api.as("aspiring.leader").get("api/v1/measures/" + measure + "/spc").json();
        assertThat(spc.getBoolean("tooFewPoints")).isFalse();
        assertThat(spc.getString("variation")).isEqualTo("IMPROVEMENT");
        assertThat(spc.getString("assurance")).isIn("HIT_AND_MISS", "CONSISTENTLY_FAILING", "CONSISTENTLY_PASSING");
        assertThat(spc.getJsonArray("rows").getValuesAs(JsonObject.class)).anySatisfy(r ->
                assertThat(r.getString("type")).isEqualTo("IMPROVEMENT"));
        JsonObject rebased = api.as("aspiring.leader").get("api/v1/measures/" + measure + "/spc?rebase="
                + LocalDate.now().minusWeeks(18)).json();
        assertThat(rebased.getJsonArray("rows").getJsonObject(23).getInt("phase")).isEqualTo(1);
        assertThat(api.as("aspiring.leader").get("api/v1/measures/" + measure + "/spc?fixAfter=3").status()).isEqualTo(400);
        assertThat(api.as("aspiring.leader").getWithAccept("api/v1/measures/" + measure + "/spc.csv", "text/csv").body())
                .startsWith("date,value,mean,lowerProcessLimit,upperProcessLimit");

        Answer backwards = api.as("aspiring.leader").post("api/v1/projects/" + project + "/pdsa-cycles", "{\"change\":\"Grab bags\","
                + "\"prediction\":\"Faster\",\"startDate\":\"" + LocalDate.now() + "\",\"endDate\":\"" + LocalDate.now().minusDays(1)
                + "\"}");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("The cycle cannot end before it starts.");
        assertThat(api.as("board.member").post("api/v1/projects/" + project + "/pdsa-cycles", "{\"change\":\"x\",\"prediction\":\"y\","
                + "\"startDate\":\"" + LocalDate.now() + "\"}").status()).isEqualTo(404);
        assertThat(api.as("mentor").post("api/v1/projects/" + project + "/pdsa-cycles", "{\"change\":\"x\",\"prediction\":\"y\","
                + "\"startDate\":\"" + LocalDate.now() + "\"}").status()).as("the mentor reads, the team records").isEqualTo(403);
        assertThat(api.as("aspiring.leader").post("api/v1/projects/" + project + "/pdsa-cycles", "{\"change\":\"Sepsis grab "
                + "bags\",\"prediction\":\"Antibiotics sooner\",\"startDate\":\"" + LocalDate.now().minusWeeks(18) + "\"}")
                .status()).isEqualTo(201);
        assertThat(api.as("aspiring.leader").get("api/v1/measures/" + measure + "/spc").json().getJsonArray("pdsa")
                .getJsonObject(0).getString("change")).isEqualTo("Sepsis grab bags");

        long version = api.as("aspiring.leader").get("api/v1/projects/" + project).json().getJsonObject("project")
                .getJsonNumber("version").longValue();
        Answer seven = api.as("aspiring.leader").put("api/v1/projects/" + project + "/progress",
                "{\"status\":\"TESTING\",\"progressScore\":7,\"version\":" + version + "}");
        assertThat(seven.status()).isEqualTo(400);
        assertThat(seven.body()).contains("0.5 to 5.0");
        assertThat(api.as("aspiring.leader").put("api/v1/projects/" + project + "/progress",
                "{\"status\":\"TESTING\",\"progressScore\":2.5,\"version\":" + version + "}").status()).isEqualTo(200);
        assertThat(api.as("board.member").post("api/v1/projects", "{}").status()).isEqualTo(403);
    }

    @Test
    void theProgrammeManagerSeesEveryProjectAndEveryoneElseTheLibraryOfClosedOnes() {
        JsonObject overview = api.as("programme.manager").get("api/v1/projects/overview").json();
        assertThat(overview.getJsonObject("spread").getJsonNumber("Across other organisations").longValue()).isGreaterThanOrEqualTo(2);
        assertThat(api.as("mentor").get("api/v1/projects/overview").status()).isEqualTo(403);
        JsonObject all = api.as("programme.manager").get("api/v1/projects/all?size=100").json();
        assertThat(all.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(10);
        assertThat(api.as("programme.manager").get("api/v1/projects/all?status=TESTING&aim=B").body())
                .contains("Sepsis six within the hour");
        List<JsonObject> library = api.as("mentor").get("api/v1/projects/all?size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(library).isNotEmpty().allSatisfy(p -> assertThat(p.getString("status")).isEqualTo("CLOSED"));
        assertThat(api.as("mentor").get("api/v1/projects/" + library.get(0).getJsonNumber("id")).status()).isEqualTo(200);
        assertThat(api.as("programme.manager").get("api/v1/projects/all?spread=EVERYWHERE").status()).isEqualTo(400);
        JsonObject sepsis = api.as("aspiring.leader").get("api/v1/projects").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("title").equals("Sepsis six within the hour")).findFirst().orElseThrow();
        assertThat(sepsis.getString("latestVerdict")).as("the demo outcome measure improves").isEqualTo("IMPROVEMENT");
    }

    @Test
    void theParticipantsStoryInTheBrowser() {
        long acrossBefore = api.as("programme.manager").get("api/v1/programme/dashboard").json()
                .getJsonObject("projectsBySpread").getJsonNumber("Across the organisation").longValue();
        long project = project("Sepsis six in the emergency department");
        measure(project);
        try (Browser browser = Browser.open(base)) {
            browser.signIn("aspiring.leader", Demo.PASSWORD);
            browser.go("projects/project.xhtml?id=" + project);
            browser.type(By.id("paste:pasted"), series(true));
            browser.submit(By.id("paste:preview"));
            assertThat(browser.text()).contains("24 row(s) ready, 0 with a problem");
            browser.submit(By.id("paste:import"));
            assertThat(browser.text()).contains("24 values imported").contains("Special cause - improvement");
            browser.type(By.id("pdsaForm:change"), "Sepsis grab bags in every cubicle");
            browser.type(By.id("pdsaForm:prediction"), "Antibiotics given sooner");
            browser.pickDate("pdsaForm:startDate", LocalDate.now().minusWeeks(18));
            browser.submit(By.id("pdsaForm:save"));
            assertThat(browser.text()).contains("The PDSA cycle is recorded").contains("Sepsis grab bags in every cubicle");
            String pdsaLabels = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "var c = Object.values(PrimeFaces.widgets).find(w => w.chart).chart;"
                            + "return c.data.datasets.map(d => d.label).join('|');");
            assertThat(pdsaLabels).contains("Upper process limit").contains("PDSA " + LocalDate.now().minusWeeks(18));
            browser.choose("spreadForm:spread", "ACROSS_ORGANISATION");
            browser.submit(By.id("spreadForm:save"));
            assertThat(browser.text()).contains("Spread saved").contains("Across the organisation");
            browser.choose("progress:status", "TESTING");
            browser.submit(By.id("progress:save"));
            assertThat(browser.text()).contains("Progress saved");
            browser.screenshotWhole("project-page");
            browser.signOut();

            browser.signIn("mentor", Demo.PASSWORD);
            browser.click(By.id("menuMentees"));
            assertThat(browser.text()).contains("My mentees").contains("Sepsis six in the emergency department");
            browser.click(By.linkText("Sepsis six in the emergency department"));
            assertThat(browser.text()).contains("Sign the project off").contains("Not signed off yet");
            browser.type(By.id("signOff:note"), "Convincing shift after the grab bags; keep the balancing measure going.");
            browser.submit(By.id("signOff:save"));
            assertThat(browser.text()).contains("Signed off.").contains("Signed off by Dev Brennan");
            browser.signOut();

            browser.signIn("programme.manager", Demo.PASSWORD);
            browser.go("projects/all.xhtml");
            assertThat(browser.text()).contains("By spread").contains("Enrolment and completion").contains("Overdue data")
                    .contains("Across the organisation: " + (acrossBefore + 1))
                    .contains("Sepsis six in the emergency department");
            browser.screenshotWhole("programme-projects");
        }
    }
}
