package org.clinlead.portal.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver — named explicitly so Selenium never
 * tries to download a browser. Its profile and caches live under target/.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static Browser open(java.net.URL base) {
        return open(base, "browser");
    }

    /** A browser with its own profile (two browsers cannot share one), under target/{profile}. */
    public static Browser open(java.net.URL base, String profile) {
        Path scratch = Path.of(System.getProperty("portal.test.dir", "target"), profile);
        try {
            Files.createDirectories(scratch.resolve("profile"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900", "--user-data-dir=" + scratch.resolve("profile").toAbsolutePath());
        // The browser's console is kept, so a test can tell whether the page broke a Content-Security-Policy rule.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, Loopback.accepting(base).toString());
    }

    public Browser go(String path) {
        driver.get(base + (path.startsWith("/") ? path.substring(1) : path));
        return this;
    }

    public Browser signIn(String username, String password) {
        go("login.xhtml");
        type(By.id("signIn:username"), username);
        type(By.id("signIn:password"), password);
        submit(By.id("signIn:submit"));
        return this;
    }

    public Browser signOut() {
        if (!driver.findElements(By.id("userForm:signOut")).isEmpty()) {
            submit(By.id("userForm:signOut"));
        }
        driver.manage().deleteAllCookies();
        return this;
    }

    public void type(By by, String text) {
        WebElement input = waitFor(by);
        input.clear();
        input.sendKeys(text);
    }

    public void click(By by) {
        waitFor(by).click();
    }

    /**
     * Clicks a button that posts the page and waits until the next page has replaced it and finished loading (its
     * scripts run at the end of the page: the next step acts on the page a person would see, not a half-loaded one).
     */
    public void submit(By by) {
        WebElement button = waitFor(by);
        // In the middle of the window first: a button the driver scrolled to the window's very edge took the press
        // (it had the focus) without the click that posts the form, now and then (CommissioningIT's judgement).
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        try {
            // Any refusal to read the old button means it left the page: "stale", or Chrome's own wording of it.
            waiting(20).until(d -> {
                try {
                    button.isEnabled();
                    return false;
                } catch (org.openqa.selenium.WebDriverException gone) {
                    return true;
                }
            });
            waiting(20).until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return document.readyState")));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("submit-timeout-" + System.currentTimeMillis());
            throw e;
        }
    }

    /** Follows a link of the main menu as a person does: opens its area, then the link. */
    public void menu(String linkId) {
        WebElement link = waitFor(By.id(linkId));
        if (!link.isDisplayed()) {
            if (!driver.findElements(By.id("navToggle")).isEmpty() && driver.findElement(By.id("navToggle")).isDisplayed()
                    && "false".equals(driver.findElement(By.id("navToggle")).getAttribute("aria-expanded"))) {
                driver.findElement(By.id("navToggle")).click();
            }
            link.findElement(By.xpath("ancestor::details/summary")).click();
        }
        link.click();
    }

    /**
     * A wait that looks every 50 ms: Selenium's own looks every half second, and a page here answers in a fraction of
     * that, so each submit and each wait for a page spent most of its time asleep (about a minute over the suite).
     */
    /**
     * A wait that asks again when the element it read was redrawn meanwhile (an ajax update replacing it between
     * finding it and reading its text: seen once in BoardsIT's organisation list).
     */
    public WebDriverWait waiting(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(50));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    public WebElement waitFor(By by) {
        try {
            return waiting(20).until(ExpectedConditions.presenceOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + System.currentTimeMillis());
            throw e;
        }
    }

    /** Chooses an option of a PrimeFaces drop-down by its value, as picking it from the list does. */
    public void choose(String menuId, String value) {
        waitFor(By.id(menuId));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "PrimeFaces.widgets[arguments[0]].selectValue(arguments[1]);", "widget_" + menuId.replace(':', '_'), value);
    }

    /**
     * Types into a PrimeFaces auto-complete field (an organisation, a clinician) and clicks the first suggestion that
     * contains {@code suggestion}, as a person choosing from what appears does.
     */
    public void suggest(String fieldId, String typed, String suggestion) {
        WebElement input = waitFor(By.id(fieldId + "_input"));
        input.clear();
        input.sendKeys(typed);
        By item = By.xpath("//*[@id='" + fieldId + "_panel']//li[contains(@class,'ui-autocomplete-item')][contains(., '"
                + suggestion + "')]");
        try {
            waiting(10).until(ExpectedConditions.elementToBeClickable(item)).click();
            waiting(10).until(ExpectedConditions.invisibilityOfElementLocated(By.id(fieldId + "_panel")));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("suggest-" + System.currentTimeMillis());
            throw e;
        }
    }

    /** Sets a PrimeFaces date picker as picking the day in its calendar does. */
    public void pickDate(String pickerId, java.time.LocalDate date) {
        waitFor(By.id(pickerId));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "PrimeFaces.widgets[arguments[0]].setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));",
                "widget_" + pickerId.replace(':', '_'), date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public boolean has(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** What the console reported as errors since the last call (script errors, Content-Security-Policy violations). */
    public java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    /** Runs a script in the page and returns its value (for example, whether an injected script ran). */
    public Object script(String javascript) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javascript);
    }

    /** The portal's address as this browser reaches it (ending in "/"). */
    /** Presses Tab until the element with this id has focus (at most {@code most} times), as a keyboard user moving on. */
    public void tabTo(String id, int most) {
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(driver);
        for (int i = 0; i < most && !id.equals(focusedId()); i++) {
            keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
        if (!id.equals(focusedId())) {
            throw new AssertionError(most + " presses of Tab did not reach " + id + "; focus is on "
                    + driver.switchTo().activeElement().getAttribute("outerHTML"));
        }
        if (!focusShows()) {
            throw new AssertionError("the focus on " + id + " cannot be seen");
        }
    }

    /** Waits (up to 20 s) until the page shows the text, across the page being replaced by the next one. */
    public void waitForText(String text) {
        waiting(20)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> text().contains(text));
    }

    /** Presses the keys on whatever has focus. */
    public void keys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** The id of the element that has focus ("" when it has none). */
    public String focusedId() {
        String id = driver.switchTo().activeElement().getAttribute("id");
        return id == null ? "" : id;
    }

    /** Whether the focused element is drawn with a visible ring (an outline or the portal's two-tone shadow). */
    public boolean focusShows() {
        return Boolean.TRUE.equals(script("""
                const e = document.activeElement, s = getComputedStyle(e);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && s.outlineColor !== 'rgba(0, 0, 0, 0)')
                    || (s.boxShadow !== 'none' && s.boxShadow.includes('255, 235, 59'))
                    || s.backgroundColor === 'rgb(255, 235, 59)';
                """));
    }

    public String base() {
        return base;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves what the browser shows, for a person to look at (target/screenshots). */
    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("portal.test.dir", "target"), "screenshots");
            Files.createDirectories(dir);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot of the whole page, however long, at the current width. */
    public void screenshotWhole(String name) {
        org.openqa.selenium.Dimension before = driver.manage().window().getSize();
        long height = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(before.getWidth(), (int) Math.min(height + 100, 6000)));
        screenshot(name);
        driver.manage().window().setSize(before);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
