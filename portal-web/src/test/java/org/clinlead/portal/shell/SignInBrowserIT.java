package org.clinlead.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Locale;
import java.util.UUID;
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

/** What people do in the browser: sign in and out, see their menu, get refused, open an account. */
@ExtendWith(ArquillianExtension.class)
class SignInBrowserIT {

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
    }

    @Test
    void eachDemoRoleSignsInAndSeesOnlyItsMenu() {
        Demo.ACCOUNTS.forEach((username, role) -> {
            browser.signIn(username, Demo.PASSWORD);
            browser.waitFor(By.id("signedInAs"));
            assertThat(browser.waitFor(By.id("username")).getText()).isEqualTo(username);
            assertThat(browser.has(By.id("menuHome"))).isTrue();
            assertThat(browser.has(By.id("menuOrganisations"))).isTrue();
            boolean admin = role.equals("ADMIN");
            assertThat(browser.has(By.id("menuUsers"))).as(username + " sees User accounts").isEqualTo(admin);
            assertThat(browser.has(By.id("menuAudit"))).as(username + " sees Audit log").isEqualTo(admin);
            assertThat(browser.has(By.id("menuMentees"))).as(username + " sees My mentees").isEqualTo(role.equals("MENTOR"));
            assertThat(browser.has(By.id("menuCohorts"))).as("everyone sees the programme").isTrue();
            assertThat(browser.text()).contains("Demo mode");
            browser.screenshot("home-" + username);
            browser.signOut();
        });
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
