package org.clinlead.portal.shell;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.clinlead.portal.testing.Api.Answer;
import org.clinlead.portal.testing.AccessibilitySweep;
import org.clinlead.portal.testing.Api;
import org.clinlead.portal.testing.Browser;
import org.clinlead.portal.testing.Demo;
import org.clinlead.portal.testing.RealWar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

/** What people do in the browser: sign in and out, see their menu, get refused, open an account. */
@ExtendWith(ArquillianExtension.class)
class SignInBrowserIT extends org.clinlead.portal.api.ApiChecks {

    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RealWar.archive();
    }

    @ArquillianResource
    private URL base;

    @BeforeEach
    void freshBrowser() {
        if (browser == null) {
            browser = Browser.open(base);
        }
        browser.driver().manage().deleteAllCookies();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        PROVIDER.close();
    }

    /** The organisation's identity provider, a real OpenID Connect server in this JVM. */
    private static final org.clinlead.portal.testing.IdentityProvider PROVIDER = org.clinlead.portal.testing.IdentityProvider.start();

    private static final String BEN = "ben.haworth@rzb.nhs.example";

    /** Links board.member to {@link #BEN} at the organisation (once; again changes nothing). */
    private void linkBen(Api admin) {
        JsonObject account = admin.get("api/v1/users?name=board.member").json().getJsonArray("items").getJsonObject(0);
        if (account.containsKey("ssoIdentity") && !account.isNull("ssoIdentity")) {
            return;
        }
        Answer linked = admin.put("api/v1/users/" + account.getJsonNumber("id") + "/sso-identity", "{\"identity\":\"Ben.Haworth@rzb.nhs.example\","
                + "\"version\":" + account.getJsonNumber("version") + "}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.json().getString("ssoIdentity")).isEqualTo(BEN);
    }

    /** One sign-in through the provider, step by step; the last Location the portal sent. */
    private java.net.URI signInThroughTheProvider(org.clinlead.portal.testing.IdentityProvider.Flow flow, java.net.URI[] callback) {
        java.net.URI toProvider = flow.next(java.net.URI.create(base + "sso/start"));
        assertThat(toProvider.toString()).startsWith("http://127.0.0.1:" + Integer.getInteger("portal.test.oidc.port") + "/region/authorize")
                .contains("code_challenge_method=S256").contains("nonce=").contains("state=");
        callback[0] = flow.next(toProvider);
        assertThat(callback[0].getPath()).endsWith("/sso/callback");
        return flow.next(callback[0]);
    }

    @Test
    void organisationSignInLetsALinkedPersonInAndRefusesAStrangerAForgedOrStaleTokenAndAReplay() {
        Api admin = Api.at(base).as("admin");
        linkBen(admin);
        JsonObject other = admin.get("api/v1/users?name=secretary").json().getJsonArray("items").getJsonObject(0);
        Answer taken = admin.put("api/v1/users/" + other.getJsonNumber("id") + "/sso-identity", "{\"identity\":\"" + BEN
                + "\",\"version\":" + other.getJsonNumber("version") + "}");
        assertThat(taken.status()).as("one identity, one account").isEqualTo(409);
        assertThat(taken.body()).contains("is already linked to another account");

        org.clinlead.portal.testing.IdentityProvider.Flow flow = new org.clinlead.portal.testing.IdentityProvider.Flow();
        java.net.URI[] callback = new java.net.URI[1];
        PROVIDER.next(BEN, org.clinlead.portal.testing.IdentityProvider.CLIENT, 3600);
        assertThat(signInThroughTheProvider(flow, callback).getPath()).endsWith("/home.xhtml");
        assertThat(flow.body(java.net.URI.create(base + "api/v1/me"))).contains("\"username\":\"board.member\"");
        assertThat(flow.next(callback[0]).toString()).as("the same answer again").endsWith("/public/sign-in-refused.xhtml?why=failed");
        JsonObject ben = admin.get("api/v1/users?name=board.member").json().getJsonArray("items").getJsonObject(0);
        assertThat(ben.getString("lastSsoSignIn")).isNotBlank();

        PROVIDER.next("someone.else@elsewhere.example", org.clinlead.portal.testing.IdentityProvider.CLIENT, 3600);
        java.net.URI stranger = signInThroughTheProvider(new org.clinlead.portal.testing.IdentityProvider.Flow(), callback);
        assertThat(stranger.toString()).endsWith("/public/sign-in-refused.xhtml?why=unlinked");
        assertThat(Api.at(base).get("public/sign-in-refused.xhtml?why=unlinked").body())
                .contains("account is not linked to a portal account; ask the administrator.");
        PROVIDER.next(BEN, org.clinlead.portal.testing.IdentityProvider.CLIENT, -3600);
        assertThat(signInThroughTheProvider(new org.clinlead.portal.testing.IdentityProvider.Flow(), callback).toString())
                .as("an expired token").endsWith("why=failed");
        PROVIDER.next(BEN, org.clinlead.portal.testing.IdentityProvider.CLIENT, 3600);
        PROVIDER.spoilNext(org.clinlead.portal.testing.IdentityProvider.Tampering.SIGNED_BY_ANOTHER_KEY);
        assertThat(signInThroughTheProvider(new org.clinlead.portal.testing.IdentityProvider.Flow(), callback).toString())
                .as("a token signed by another key").endsWith("why=failed");
        PROVIDER.next(BEN, org.clinlead.portal.testing.IdentityProvider.CLIENT, 3600);
        PROVIDER.spoilNext(org.clinlead.portal.testing.IdentityProvider.Tampering.FOR_ANOTHER_APPLICATION);
        assertThat(signInThroughTheProvider(new org.clinlead.portal.testing.IdentityProvider.Flow(), callback).toString())
                .as("a token for another application").endsWith("why=failed");
        PROVIDER.next(BEN, org.clinlead.portal.testing.IdentityProvider.CLIENT, 3600);
        assertThat(signInThroughTheProvider(new org.clinlead.portal.testing.IdentityProvider.Flow(), callback).getPath())
                .as("the provider's own tokens are still taken").endsWith("/home.xhtml");
        String audit = admin.get("api/v1/audit?action=SIGN_IN_FAILED&size=50").body();
        assertThat(audit).contains("someone.else@elsewhere.example, which is linked to no portal account")
                .contains("Organisation sign-in refused: the ID token is not valid")
                .contains("Invalid signature").contains("another-application");
    }

    @Test
    void aPersonSignsInWithTheirOrganisationInTheBrowserAndSignsOutOfBoth() {
        linkBen(Api.at(base).as("admin"));
        PROVIDER.next(BEN, org.clinlead.portal.testing.IdentityProvider.CLIENT, 3600);
        browser.go("login.xhtml");
        browser.click(org.openqa.selenium.By.id("sso"));
        browser.waitFor(org.openqa.selenium.By.id("signedInAs"));
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id("signedInAs")).getText()).isEqualTo("Ben Haworth");
        browser.submit(org.openqa.selenium.By.id("userForm:signOut"));
        // Out of the portal, through the provider's end of session, and back to the sign-in page.
        browser.waitFor(org.openqa.selenium.By.id("signIn:username"));
        assertThat(browser.url()).contains("/login.xhtml");
        browser.go("home.xhtml");
        browser.waitFor(org.openqa.selenium.By.id("signIn:username"));
        assertThat(browser.has(org.openqa.selenium.By.id("signedInAs"))).as("signed out").isFalse();
    }

    @Test
    void anAdministratorRequiresOrganisationSignInAndOnlyTheBreakGlassAccountKeepsItsPassword() {
        Api admin = Api.at(base).as("admin");
        linkBen(admin);
        Api secretaryByToken = Api.at(base).withTokenOf("secretary");
        JsonObject policy = admin.get("api/v1/sign-in-policy").json();
        assertThat(policy.getBoolean("organisationRequired")).isFalse();
        assertThat(policy.getBoolean("organisationSignInSetUp")).isTrue();
        assertThat(policy.getString("breakGlass")).isEqualTo("admin");

        // Another administrator, not linked to the organisation, would lock themselves out: refused.
        String deputy = "deputy.admin";
        if (admin.get("api/v1/users?name=" + deputy).json().getJsonArray("items").isEmpty()) {
            assertThat(admin.post("api/v1/users", "{\"username\":\"" + deputy + "\",\"displayName\":\"Deputy Administrator\","
                    + "\"password\":\"" + Demo.PASSWORD + "-deputy\",\"roles\":[\"ADMIN\"]}").status()).isEqualTo(201);
        }
        Answer lockedOut = Api.at(base).as(deputy, Demo.PASSWORD + "-deputy").put("api/v1/sign-in-policy",
                "{\"organisationRequired\":true,\"version\":" + policy.getJsonNumber("version") + "}");
        assertThat(lockedOut.status()).as(lockedOut.body()).isEqualTo(409);
        assertThat(lockedOut.body()).contains("Link your own account to your organisation sign-in first");
        Answer stale = admin.put("api/v1/sign-in-policy", "{\"organisationRequired\":true,\"version\":"
                + (policy.getJsonNumber("version").longValue() + 7) + "}");
        assertThat(stale.status()).as("a change from an old copy").isEqualTo(409);

        // The break-glass administrator requires it, on the page (with the confirmation).
        browser.signIn("admin", Demo.PASSWORD);
        browser.go("admin/users.xhtml");
        assertThat(browser.driver().findElement(By.id("policyNow")).getText()).startsWith("Not required");
        browser.click(By.id("signInPolicy:require"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText("Organisation sign-in is now required");
        assertThat(browser.driver().findElement(By.id("policyNow")).getText()).startsWith("Required")
                .contains("Last changed by admin");
        assertThat(browser.has(By.id("signInPolicy:stopRequiring"))).isTrue();
        browser.signOut();
        try {
            browser.signIn("secretary", Demo.PASSWORD);
            browser.waitForText("This portal signs you in through your organisation");
            assertThat(browser.has(By.id("signedInAs"))).as("the password is refused").isFalse();
            Answer basic = Api.at(base).as("secretary", Demo.PASSWORD).get("api/v1/me");
            assertThat(basic.status()).isEqualTo(401);
            assertThat(basic.body()).contains("signs you in through your organisation");
            assertThat(secretaryByToken.get("api/v1/me").status()).as("API tokens keep working for scripts").isEqualTo(200);
            assertThat(Api.at(base).as("admin", Demo.PASSWORD).get("api/v1/me").status()).as("the break-glass account").isEqualTo(200);
            PROVIDER.next(BEN, org.clinlead.portal.testing.IdentityProvider.CLIENT, 3600);
            org.clinlead.portal.testing.IdentityProvider.Flow flow = new org.clinlead.portal.testing.IdentityProvider.Flow();
            assertThat(signInThroughTheProvider(flow, new java.net.URI[1]).getPath()).as("through the organisation")
                    .endsWith("/home.xhtml");
        } finally {
            JsonObject now = admin.get("api/v1/sign-in-policy").json();
            Answer off = admin.put("api/v1/sign-in-policy", "{\"organisationRequired\":false,\"version\":"
                    + now.getJsonNumber("version") + "}");
            assertThat(off.status()).as(off.body()).isEqualTo(200);
        }
        assertThat(Api.at(base).as("secretary").get("api/v1/me").status()).as("passwords work again").isEqualTo(200);
        assertThat(admin.get("api/v1/audit?action=UPDATED&size=50").body())
                .contains("Organisation sign-in required: passwords refused for everyone but admin")
                .contains("Organisation sign-in no longer required");
    }

    /** Text that ends a script block and starts live markup if any page lets it through unescaped. */
    private static final String MARKUP = "</script><script>window.hostile=1</script><img src=x onerror=\"window.hostile=2\">'\"&<!--";

    @Test
    void hostileTextShowsAsTextOnEveryPageThatShowsItAndNoScriptRuns() {
        Api api = Api.at(base);
        Api leader = api.withTokenOf("aspiring.leader");
        long organisation = api.as("admin").get("api/v1/organisations?nationalCode=RZC").json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        Answer project = leader.post("api/v1/projects", jakarta.json.Json.createObjectBuilder().add("title", "Hostile " + MARKUP)
                .add("problem", MARKUP).add("aimWhat", MARKUP).add("aimHowMuch", MARKUP)
                .add("aimByWhen", java.time.LocalDate.now().plusMonths(6).toString()).add("service", MARKUP)
                .add("organisationId", organisation).add("aims", jakarta.json.Json.createArrayBuilder().add("B")).build().toString());
        assertThat(project.status()).as(project.body()).isEqualTo(201);
        long id = project.json().getJsonNumber("id").longValue();
        Answer measure = leader.post("api/v1/projects/" + id + "/measures", jakarta.json.Json.createObjectBuilder()
                .add("name", MARKUP).add("type", "OUTCOME").add("unit", "</script><script>window.hostile=3</script>")
                .add("direction", "INCREASE").add("definition", MARKUP).build().toString());
        assertThat(measure.status()).as(measure.body()).isEqualTo(201);
        long measureId = measure.json().getJsonNumber("measureId").longValue();
        for (int week = 0; week < 4; week++) {
            assertThat(leader.post("api/v1/measures/" + measureId + "/data", "{\"date\":\""
                    + java.time.LocalDate.now().minusWeeks(4 - week) + "\",\"value\":" + (50 + week) + "}").status()).isEqualTo(201);
        }
        Answer pdsa = leader.post("api/v1/projects/" + id + "/pdsa-cycles", jakarta.json.Json.createObjectBuilder()
                .add("change", MARKUP).add("prediction", MARKUP).add("startDate", java.time.LocalDate.now().minusWeeks(3).toString())
                .build().toString());
        assertThat(pdsa.status()).as(pdsa.body()).isEqualTo(201);
        assertThat(api.as("mentor").post("api/v1/projects/" + id + "/comments",
                jakarta.json.Json.createObjectBuilder().add("body", MARKUP).build().toString()).status()).isEqualTo(201);
        Answer declared = api.as("board.member").post("api/v1/declarations", jakarta.json.Json.createObjectBuilder()
                .add("type", "NON_FINANCIAL_PERSONAL").add("outsideBody", "Hostile " + MARKUP).add("description", MARKUP)
                .add("fromDate", java.time.LocalDate.now().minusDays(1).toString()).add("actionTaken", MARKUP).build().toString());
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);

        browser.signIn("aspiring.leader", Demo.PASSWORD);
        browser.waitFor(By.id("signedInAs"));
        browser.consoleErrors();
        List<String> wrong = new java.util.ArrayList<>();
        checkInert("projects/project.xhtml?id=" + id, true, wrong);
        checkInert("projects/mine.xhtml", true, wrong);
        checkInert("home.xhtml", false, wrong);
        browser.signOut();
        browser.signIn("programme.manager", Demo.PASSWORD);
        browser.waitFor(By.id("signedInAs"));
        checkInert("projects/all.xhtml?status=PLANNING", false, wrong);
        browser.signOut();
        browser.signIn("board.member", Demo.PASSWORD);
        browser.waitFor(By.id("signedInAs"));
        checkInert("interests/mine.xhtml", true, wrong);
        browser.signOut();
        checkInert("public/register.xhtml", false, wrong);
        assertThat(wrong).isEmpty();
    }

    /** The page shows the text as text: no injected element, no injected script ran, no policy violation. */
    private void checkInert(String page, boolean mustShow, List<String> wrong) {
        browser.go(page);
        browser.waitFor(By.tagName("footer"));
        if (mustShow && !browser.text().contains("window.hostile")) {
            wrong.add(page + " does not show the text at all (so this check proves nothing there)");
        }
        if (browser.script("return window.hostile === undefined;") != Boolean.TRUE) {
            wrong.add(page + " ran an injected script");
        }
        if (browser.has(By.cssSelector("img[src='x']"))) {
            wrong.add(page + " has an injected element");
        }
        List<String> errors = browser.consoleErrors();
        if (!errors.isEmpty()) {
            wrong.add(page + " reported " + errors);
        }
        browser.screenshot("hostile-" + page.replaceAll("[^a-z]+", "-"));
    }

    /**
     * Every kind of page every role reaches (from the menu, the home page and the pages they link to), and the pages
     * open to everyone, meet WCAG 2.2 AA as axe-core checks it and fit a 390 px phone without sideways scrolling. The
     * sweep first proves on a page built wrong that it finds what is wrong.
     */
    @Test
    void everyPageEachRoleReachesMeetsWcagAaAndFitsAPhone() throws java.io.IOException {
        try (Browser own = Browser.open(base, "browser-sweep")) {
            AccessibilitySweep sweep = new AccessibilitySweep(own, base);
            own.driver().get("data:text/html," + java.net.URLEncoder.encode("<!DOCTYPE html><html><head><title>Wrong</title>"
                    + "</head><body><main><img src='x.png'><p style='color:#aaa;background:#fff'>Faint words</p>"
                    + "<div style='width:800px'>Too wide</div></main></body></html>", StandardCharsets.UTF_8).replace("+", "%20"));
            sweep.checkShown("control");
            assertThat(sweep.problems()).as("the sweep finds what is wrong")
                    .anyMatch(p -> p.contains("image-alt")).anyMatch(p -> p.contains("color-contrast"))
                    .anyMatch(p -> p.contains("html-has-lang")).anyMatch(p -> p.contains("scrolls sideways"));
            sweep.problems().clear();

            sweep.crawl("signed out", 1, "login.xhtml", "public/register.xhtml", "public/minutes.xhtml", "public/accessibility.xhtml");
            Map<String, String> firstArea = Map.of("ADMIN", "Administration", "MEDICAL_DIRECTOR", "Appointments and interests",
                    "BOARD_SECRETARY", "Boards", "BOARD_MEMBER", "Boards", "PROGRAMME_MANAGER", "Leaders programme",
                    "MENTOR", "Leaders programme", "ASPIRING_LEADER", "Leaders programme", "COMMISSIONER", "Commissioning",
                    "PROVIDER", "Commissioning");
            for (Map.Entry<String, String> account : Demo.ACCOUNTS.entrySet()) {
                String username = account.getKey();
                String role = account.getValue();
                own.driver().manage().deleteAllCookies();
                own.signIn(username, Demo.PASSWORD);
                own.waitFor(By.id("signedInAs"));
                // Each role's menu: only what it may use, its own area of work first.
                assertThat(own.waitFor(By.id("username")).getText()).isEqualTo(username);
                assertThat(own.has(By.id("menuHome")) && own.has(By.id("menuOrganisations")) && own.has(By.id("menuCohorts"))).isTrue();
                boolean admin = role.equals("ADMIN");
                assertThat(own.has(By.id("menuUsers"))).as(username + " sees User accounts").isEqualTo(admin);
                assertThat(own.has(By.id("menuAudit"))).as(username + " sees Audit log").isEqualTo(admin);
                assertThat(own.has(By.id("menuMentees"))).as(username + " sees My mentees").isEqualTo(role.equals("MENTOR"));
                assertThat(own.driver().findElement(By.cssSelector("#menu .nav-group summary")).getText())
                        .as(username + "'s first area").isEqualTo(firstArea.get(role));
                assertThat(own.text()).contains("Demo mode").contains("What needs you now");
                own.screenshot("home-" + username);
                sweep.crawl(username, 2, "home.xhtml");
            }
            java.nio.file.Path report = java.nio.file.Path.of(System.getProperty("portal.test.dir", "target"), "accessibility-sweep.txt");
            java.nio.file.Files.writeString(report, "Pages visited: " + sweep.visited().size() + ", checked by axe-core and at 390 px: "
                    + sweep.checked() + "\n\n" + String.join("\n", sweep.visited().keySet()) + "\n\nProblems:\n"
                    + String.join("\n", sweep.problems()) + "\n");
            assertThat(sweep.visited().size()).as("pages visited").isGreaterThan(250);
            assertThat(sweep.problems()).as("see " + report).isEmpty();
        }
    }

    /**
     * Without a mouse: the skip link comes first, focus always shows, the sign-in form is filled and sent by keys, and
     * a declaration with a typed date goes through — Tab leaves the date field for its calendar button and the next
     * field, never into the calendar's days.
     */
    @Test
    void signingInAndDeclaringAnInterestWithATypedDateWorkByKeyboardAlone() {
        org.openqa.selenium.WebDriver driver = browser.driver();
        browser.go("login.xhtml");
        browser.waitFor(By.id("signIn:username"));
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(driver);
        keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Skip to main content");
        assertThat(browser.focusShows()).as("the skip link's focus shows").isTrue();
        for (int i = 0; i < 10 && !"signIn:username".equals(driver.switchTo().activeElement().getAttribute("id")); i++) {
            keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
            assertThat(browser.focusShows()).as("focus shows on " + driver.switchTo().activeElement().getAttribute("outerHTML")).isTrue();
        }
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("signIn:username");
        keys.sendKeys("board.member").sendKeys(org.openqa.selenium.Keys.TAB).sendKeys(Demo.PASSWORD)
                .sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        browser.waitFor(By.id("signedInAs"));

        browser.go("interests/mine.xhtml");
        browser.waitFor(By.id("declare:type"));
        // Focus starts on the form's first field (as after following a link to it); from there on, only keys.
        browser.script("const t = document.getElementById('declare:type');"
                + "(t.matches('[tabindex]') ? t : t.querySelector('[tabindex]:not([tabindex=\"-1\"]), input, select')).focus();");
        keys.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN).perform();
        String tag = "Keyboard-only declaration " + UUID.randomUUID().toString().substring(0, 6);
        java.time.LocalDate from = java.time.LocalDate.now().minusMonths(1).withDayOfMonth(1);
        browser.tabTo("declare:outsideBody", 12);
        keys.sendKeys("Northdale Hospice trustees").perform();
        browser.tabTo("declare:description", 12);
        keys.sendKeys(tag).perform();
        browser.tabTo("declare:fromDate_input", 12);
        keys.sendKeys(from.format(java.time.format.DateTimeFormatter.ofPattern("ddMMyyyy"))).perform();
        keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
        assertThat(browser.has(By.cssSelector(".ui-datepicker-panel:not(.ui-helper-hidden)"))
                && driver.findElement(By.cssSelector(".ui-datepicker-panel")).isDisplayed())
                .as("the calendar stays closed while typing and tabbing").isFalse();
        assertThat(driver.switchTo().activeElement().getTagName()).as("Tab goes to the calendar's button").isEqualTo("button");
        browser.tabTo("declare:actionTaken", 12);
        keys.sendKeys("Declared").perform();
        browser.tabTo("declare:save", 12);
        keys.sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        browser.waitForText("Your declaration is recorded");
        assertThat(browser.text()).contains(tag).contains(from.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)));
        browser.screenshot("keyboard-declaration");
    }

    /**
     * The five pages people judge the portal by, as they see them at a desk and on a phone (screenshots in
     * target/screenshots for a person to look at), each measured in the browser: bytes transferred (the sign-in page on a first visit),
     * and when the page was ready (target/page-measures.txt).
     */
    @Test
    void theMainPagesAtDeskAndPhoneWidthWithTheirWeight() throws java.io.IOException {
        try (Browser own = Browser.open(base, "browser-measure")) {
            StringBuilder measures = new StringBuilder("page\tbytes transferred (sign-in page cold, the rest with the cache a signed-in browser has)\tDOM ready ms\tloaded ms\n");
            own.go("login.xhtml");
            own.waitFor(By.id("signIn:username"));
            long signIn = measure(own, "sign-in page", measures);
            assertThat(signIn).as("the sign-in page's weight").isLessThan(200_000);
            own.go("public/register.xhtml");
            own.waitFor(By.tagName("footer"));
            shootBoth(own, "public-register", "public register", measures);

            own.signIn("regional.md", Demo.PASSWORD);
            own.waitFor(By.id("signedInAs"));
            shootBoth(own, "home-medical-director", "home (medical director)", measures);
            own.driver().findElement(By.cssSelector("#approvalQueue a[href*='application.xhtml']")).click();
            own.waitFor(By.id("needsYou"));
            assertThat(own.driver().findElement(By.id("needsYou")).getText()).contains("Your decision is needed");
            shootBoth(own, "approval-screen", "approval screen", measures);
            own.signOut();

            own.signIn("board.member", Demo.PASSWORD);
            own.waitFor(By.id("signedInAs"));
            own.go("boards/index.xhtml");
            own.driver().findElement(By.cssSelector("main a[href*='board.xhtml']")).click();
            own.waitFor(By.tagName("footer"));
            own.driver().findElement(By.cssSelector("main a[href*='meeting.xhtml']")).click();
            own.waitFor(By.tagName("footer"));
            shootBoth(own, "meeting-page", "meeting page", measures);
            own.signOut();

            own.signIn("aspiring.leader", Demo.PASSWORD);
            own.waitFor(By.id("signedInAs"));
            own.driver().findElement(By.cssSelector("#myProjects a[href*='project.xhtml']")).click();
            own.waitFor(By.cssSelector("canvas"));
            shootBoth(own, "project-with-charts", "project page with charts", measures);
            java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("portal.test.dir", "target"), "page-measures.txt"),
                    measures.toString());
        }
    }

    /** The page shown at 1280 px and at 390 px (whole length), measured once. */
    private static void shootBoth(Browser own, String name, String label, StringBuilder measures) {
        measure(own, label, measures);
        own.screenshotWhole(name + "-desktop");
        org.openqa.selenium.Dimension desk = own.driver().manage().window().getSize();
        own.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        own.screenshotWhole(name + "-phone");
        own.driver().manage().window().setSize(desk);
    }

    /** Bytes the page and everything it loaded took over the wire, and its timings, from the browser's own records. */
    private static long measure(Browser own, String label, StringBuilder measures) {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> m = (java.util.Map<String, Object>) own.script("""
                const nav = performance.getEntriesByType('navigation')[0];
                const bytes = performance.getEntriesByType('resource').reduce((sum, r) => sum + r.transferSize, nav.transferSize);
                return {bytes: bytes, ready: Math.round(nav.domContentLoadedEventEnd), loaded: Math.round(nav.loadEventEnd)};
                """);
        long bytes = ((Number) m.get("bytes")).longValue();
        measures.append(label).append('\t').append(bytes).append('\t').append(m.get("ready")).append('\t').append(m.get("loaded")).append('\n');
        return bytes;
    }

    @Test
    void aPersonMakesAnApiTokenSeesItOnceAndAnAdministratorRevokesIt() {
        browser.signIn("mentor", Demo.PASSWORD);
        browser.click(By.id("menuTokens"));
        browser.type(By.id("newToken:name"), "Mentees export");
        browser.click(By.id("newToken:make"));
        String secret = browser.waitFor(By.id("secret")).getText();
        assertThat(secret).startsWith("clp_");
        browser.screenshot("tokens-made");
        Api api = Api.at(base);
        assertThat(api.withToken(secret).get("api/v1/me").json().getString("username")).isEqualTo("mentor");
        browser.go("account/tokens.xhtml");
        assertThat(browser.has(By.id("secret"))).as("shown once").isFalse();
        assertThat(browser.text()).contains("Mentees export").doesNotContain(secret);
        browser.signOut();

        browser.signIn("admin", Demo.PASSWORD);
        browser.go("account/tokens.xhtml");
        browser.waitFor(By.id("tokens:everyone"));
        assertThat(browser.text()).contains("Mentees export");
        browser.driver().findElements(By.cssSelector("#tokens\\:everyone button")).stream()
                .filter(b -> b.getAttribute("aria-label") != null && b.getAttribute("aria-label").contains("Mentees export"))
                .findFirst().orElseThrow().click();
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        // Within the token cache's ten seconds: a revocation holds at once.
        browser.waiting(5).until(d -> api.withToken(secret).get("api/v1/me").status() == 401);
        browser.screenshot("tokens-admin");
    }

    @Test
    void changesFromAnotherSiteThatRideTheSessionAreRefused() {
        browser.signIn("secretary", Demo.PASSWORD);
        browser.waitFor(By.id("signedInAs"));
        String cookie = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        Api anonymous = Api.at(base).anonymous();
        String portal = org.clinlead.portal.testing.Loopback.accepting(base).toString();
        String own = portal.substring(0, portal.indexOf('/', "http://".length()));
        Map<String, String> evil = Map.of("Cookie", cookie, "Origin", "http://evil.example");
        byte[] form = "year=2026".getBytes(StandardCharsets.UTF_8);
        Answer reminders = anonymous.send("POST", "api/v1/actions/reminders", "application/x-www-form-urlencoded", form, evil);
        assertThat(reminders.status()).as("a urlencoded post from another site").isEqualTo(403);
        assertThat(reminders.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.send("POST", "api/v1/measures/1/data", "text/plain",
                "2026-01-01,5".getBytes(StandardCharsets.UTF_8), evil).status()).as("a text/plain post from another site").isEqualTo(403);
        assertThat(anonymous.send("POST", "api/v1/items/1/papers", "multipart/form-data; boundary=x",
                "--x--\r\n".getBytes(StandardCharsets.UTF_8), evil).status()).as("a multipart post from another site").isEqualTo(403);
        assertThat(anonymous.send("POST", "api/v1/actions/reminders", "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                Map.of("Cookie", cookie)).status()).as("a cookie-borne API change with no origin at all").isEqualTo(403);
        assertThat(anonymous.send("POST", "home.xhtml", "application/x-www-form-urlencoded", form, evil).status())
                .as("a page form posted from another site").isEqualTo(403);
        Answer fromHere = anonymous.send("POST", "api/v1/actions/reminders", "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                Map.of("Cookie", cookie, "Origin", own));
        assertThat(fromHere.status()).as("the same change from the portal's own page: " + fromHere).isEqualTo(200);
        Answer denials = Api.at(base).as("admin").get("api/v1/audit?actor=secretary&action=ACCESS_DENIED&size=20");
        assertThat(denials.json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class))
                .anyMatch(e -> e.getString("summary").contains("from another site"));
    }

    @Test
    void aMissingRecordAnExpiredFormAndAForgedOneAnswerWithTheirOwnStatus() {
        Api anonymous = Api.at(base).anonymous();
        browser.signIn("board.member", Demo.PASSWORD);
        browser.waitFor(By.id("signedInAs"));
        String cookie = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        Answer missing = anonymous.send("GET", "boards/meeting.xhtml?id=99999999", null, null, Map.of("Cookie", cookie));
        assertThat(missing.status()).as("a missing record, on its own address").isEqualTo(404);
        assertThat(missing.body()).contains("Page or record not found");
        Answer forged = anonymous.send("POST", "home.xhtml", "application/x-www-form-urlencoded",
                "jakarta.faces.ViewState=stateless&x=1".getBytes(StandardCharsets.UTF_8), Map.of("Cookie", cookie));
        assertThat(forged.status()).as("a forged view state").isEqualTo(400);
        assertThat(forged.body()).contains("expired").doesNotContain("went wrong").doesNotContain("Caused by");
        Answer noNonce = anonymous.send("POST", "login.xhtml", "application/x-www-form-urlencoded",
                "signIn=signIn&signIn%3Ausername=admin&signIn%3Apassword=wrong&signIn%3Asubmit=&jakarta.faces.ViewState=stateless"
                        .getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(noNonce.status()).as("a sign-in posted without the page's script nonce").isIn(200, 400);
        assertThat(noNonce.body()).doesNotContain("went wrong").doesNotContain("Caused by");
        assertThat(anonymous.get("errors/404.xhtml").status()).isEqualTo(404);
    }

    @Test
    void signingInGivesANewSessionIdAndSigningOutEndsTheSession() {
        browser.go("login.xhtml");
        browser.waitFor(By.id("signIn:username"));
        var before = browser.driver().manage().getCookieNamed("JSESSIONID");
        browser.signIn("programme.manager", Demo.PASSWORD);
        browser.waitFor(By.id("signedInAs"));
        var after = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(after).isNotNull();
        assertThat(after.isHttpOnly()).isTrue();
        assertThat(after.getSameSite()).isEqualTo("Lax");
        if (before != null) {
            assertThat(after.getValue()).isNotEqualTo(before.getValue());
        }
        browser.submit(By.id("userForm:signOut"));
        assertThat(browser.text()).contains("You have signed out");
        browser.go("home.xhtml");
        assertThat(browser.url()).contains("login.xhtml");
    }

    @Test
    void aWrongPasswordSaysSoAndKeepsThePersonOnTheSignInPage() {
        browser.signIn("mentor", "not-the-right-password");
        assertThat(browser.waitFor(By.id("signIn:messages")).getText()).contains("username or password is not right");
        assertThat(browser.url()).contains("login.xhtml");
        assertThat(browser.has(By.id("signedInAs"))).isFalse();
        // Focus is back in the form, on its first field, ready to try again by keyboard.
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id"))
                .isEqualTo("signIn:username");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountWithAClearMessage() {
        String username = openAccountThroughTheAdminPages("MENTOR");
        for (int i = 0; i < 5; i++) {
            browser.signIn(username, "Wrong-Guess-Number-" + i);
        }
        browser.signIn(username, "Kestrel-Moorland-Lamp-7");
        assertThat(browser.waitFor(By.id("signIn:messages")).getText()).contains("locked");
        browser.screenshot("locked");
    }

    @Test
    void anAdministratorOpensAnAccountAndThePersonSignsIn() {
        String username = openAccountThroughTheAdminPages("COMMISSIONER");
        browser.signIn(username, "Kestrel-Moorland-Lamp-7");
        assertThat(browser.waitFor(By.id("username")).getText()).isEqualTo(username);
        assertThat(browser.text()).contains("Commissioner");
        assertThat(browser.has(By.id("menuUsers"))).isFalse();
    }

    private String openAccountThroughTheAdminPages(String role) {
        String username = "ui." + UUID.randomUUID().toString().substring(0, 6).toLowerCase(Locale.ROOT);
        browser.signIn("admin", Demo.PASSWORD);
        browser.waitFor(By.id("menuUsers"));
        browser.go("admin/user.xhtml");
        browser.type(By.id("form:username"), username);
        browser.type(By.id("form:displayName"), "Person " + username);
        browser.click(By.xpath("//label[contains(., '" + label(role) + "')]"));
        browser.type(By.id("form:password"), "Kestrel-Moorland-Lamp-7");
        browser.submit(By.id("form:save"));
        assertThat(browser.text()).contains("Opened the account " + username);
        browser.signOut();
        return username;
    }

    private static String label(String role) {
        return switch (role) {
            case "MENTOR" -> "Mentor —";
            case "COMMISSIONER" -> "Commissioner —";
            default -> throw new IllegalArgumentException(role);
        };
    }

    @Test
    void aFormRefusesBadInputInPlainWordsAndKeepsWhatWasTyped() {
        browser.signIn("admin", Demo.PASSWORD);
        browser.waitFor(By.id("menuUsers"));
        browser.go("admin/organisation.xhtml");
        browser.type(By.id("form:name"), "Kettleby Walk-in Centre");
        browser.choose("form:type", "GP_PRACTICE");
        browser.type(By.id("form:nationalCode"), "12345");
        browser.submit(By.id("form:save"));
        String page = browser.waitFor(By.id("form")).getText();
        assertThat(page).contains("The national code of a GP practice is a letter and 5 digits");
        assertThat(browser.waitFor(By.id("form:name")).getAttribute("value")).isEqualTo("Kettleby Walk-in Centre");
        browser.screenshot("organisation-invalid");
    }

    @Test
    void aForbiddenAddressShowsTheFriendlyPageAndNoStackTrace() {
        browser.signIn("mentor", Demo.PASSWORD);
        browser.waitFor(By.id("signedInAs"));
        browser.go("admin/users.xhtml");
        assertThat(browser.text()).contains("You do not have access to this page").doesNotContain("Exception");
        browser.screenshot("forbidden");
        browser.go("no-such-page.xhtml");
        assertThat(browser.text()).contains("Page or record not found");
    }

    @Test
    void disablingAnAccountEndsThatPersonsSession() {
        String username = openAccountThroughTheAdminPages("MENTOR");
        browser.signIn(username, "Kestrel-Moorland-Lamp-7");
        assertThat(browser.waitFor(By.id("username")).getText()).isEqualTo(username);
        Api admin = Api.at(base).as("admin");
        var account = admin.get("api/v1/users?name=" + username).json().getJsonArray("items").getJsonObject(0);
        assertThat(admin.post("api/v1/users/" + account.getJsonNumber("id") + "/disable",
                "{\"version\":" + account.getJsonNumber("version") + "}").status()).isEqualTo(200);
        browser.go("directory/organisations.xhtml");
        assertThat(browser.url()).contains("login.xhtml");
        browser.signIn(username, "Kestrel-Moorland-Lamp-7");
        assertThat(browser.waitFor(By.id("signIn:messages")).getText()).contains("disabled");
    }

    @Test
    void aRoleTakenAwayStopsAtOnceInTheOpenSessionAndForTheTokens() {
        String username = openAccountThroughTheAdminPages("MENTOR");
        Api token = Api.at(base).withToken(Api.at(base).as(username, "Kestrel-Moorland-Lamp-7").post("api/v1/tokens",
                "{\"name\":\"script\",\"expiresOn\":\"" + java.time.LocalDate.now().plusDays(5) + "\",\"readOnly\":true}")
                .json().getString("secret"));
        assertThat(token.get("api/v1/participants/mentees").status()).isEqualTo(200);
        browser.signIn(username, "Kestrel-Moorland-Lamp-7");
        browser.go("cohort/mentees.xhtml");
        assertThat(browser.text()).contains("My mentees").doesNotContain("You do not have access to this page");
        Api admin = Api.at(base).as("admin");
        var account = admin.get("api/v1/users?name=" + username).json().getJsonArray("items").getJsonObject(0);
        assertThat(admin.put("api/v1/users/" + account.getJsonNumber("id"), "{\"displayName\":\"Person " + username
                + "\",\"roles\":[\"BOARD_MEMBER\"],\"version\":" + account.getJsonNumber("version") + "}").status()).isEqualTo(200);
        // No waiting: the token was looked up a moment ago, and the session checked its account at sign-in.
        assertThat(token.get("api/v1/participants/mentees").status()).as("the token, at once").isEqualTo(403);
        browser.go("cohort/mentees.xhtml");
        assertThat(browser.text()).as("the open session, at its next page").contains("You do not have access to this page");
        browser.go("home.xhtml");
        assertThat(browser.has(By.id("menuMentees"))).isFalse();
        assertThat(browser.driver().findElement(By.cssSelector(".user-roles")).getText()).isEqualTo("Board member");
    }

    @Test
    void anAdministratorVerifiesTheAuditChainOnItsPage() {
        browser.signIn("admin", Demo.PASSWORD);
        browser.waitFor(By.id("menuAudit"));
        browser.go("admin/audit.xhtml");
        browser.waitFor(By.id("audit:table"));
        assertThat(browser.text()).contains("SIGNED_IN");
        browser.click(By.id("audit:verify"));
        assertThat(browser.waitFor(By.id("audit:chainValid")).getText()).contains("The chain is intact");
        browser.screenshot("audit");
    }

    @Test
    void pagesWorkOnAPhoneSizedScreen() {
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            browser.signIn("commissioner", Demo.PASSWORD);
            browser.waitFor(By.id("signedInAs"));
            browser.go("directory/organisations.xhtml");
            browser.waitFor(By.id("list:table"));
            Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
            assertThat(overflow).as("no sideways scrolling").isEqualTo(Boolean.FALSE);
            browser.screenshot("phone-organisations");
        } finally {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    @Test
    void theBrowsersOwnRequestsAreNeverWhereSigningInLeads() {
        browser.go("login.xhtml");
        // What a browser asks for by itself while the sign-in page is open: the icon (public, a real icon) and, say,
        // an image under a protected path. Neither may become the page the person lands on after signing in.
        Object answers = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "Promise.all([fetch('favicon.ico'), fetch('boards/picture.png', {redirect: 'manual'})])"
                + ".then(r => done(r[0].status + ' ' + r[0].headers.get('content-type') + ' / ' + r[1].type));");
        assertThat(String.valueOf(answers)).startsWith("200 image/").endsWith(" / opaqueredirect");
        browser.type(By.id("signIn:username"), "board.member");
        browser.type(By.id("signIn:password"), Demo.PASSWORD);
        browser.submit(By.id("signIn:submit"));
        browser.waitFor(By.tagName("h1"));
        assertThat(browser.url()).contains("home.xhtml");
        assertThat(browser.driver().findElement(By.cssSelector("link[rel=icon]")).getAttribute("href")).endsWith("/favicon.ico");
    }

    @Test
    void aMissingFileGetsTheStyledNotFoundPage() {
        browser.signIn("board.member", Demo.PASSWORD);
        browser.waitFor(By.id("signedInAs"));
        browser.go("no-such-picture.png");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Page or record not found");
        // The portal's style sheet applies (the page's own policy, not the one of the file that was asked for).
        Object container = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return getComputedStyle(document.querySelector('.container')).maxWidth;");
        assertThat(String.valueOf(container)).isNotEqualTo("none");
    }

    @Test
    void aProtectedPageAsksForSignInAndThenOpens() {
        browser.go("directory/clinicians.xhtml");
        assertThat(browser.url()).contains("login.xhtml");
        browser.type(By.id("signIn:username"), "board.member");
        browser.type(By.id("signIn:password"), Demo.PASSWORD);
        browser.submit(By.id("signIn:submit"));
        browser.waitFor(By.id("list:table"));
        assertThat(browser.url()).contains("directory/clinicians.xhtml");
        assertThat(browser.text()).contains("Registration");
        browser.screenshot("clinicians");
    }
}
