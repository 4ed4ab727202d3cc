package org.clinlead.portal.testing;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Visits every kind of page a person can reach — the menu, the home page and the pages they link to, one page per
 * kind (a path, whatever its query) — and checks each as a person with a screen reader, a keyboard or a phone meets it:
 * Deque's axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules, and no sideways scroll at 390 px wide.
 */
public final class AccessibilitySweep {

    /** Every rule axe-core files under WCAG 2.0–2.2, levels A and AA. */
    public static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final int PHONE_WIDTH = 390;

    /** Paths never followed: leaving the portal, downloads, and the API. */
    private static final List<String> NOT_PAGES = List.of("/api/", "/sso/", "/files/", "/documents/", ".pdf", ".xlsx", ".csv", ".ics");

    private final Browser browser;
    private final String base;
    /** What was found, in words: "page — rule (impact): help — element". */
    private final List<String> problems = new ArrayList<>();
    /** Every page kind visited, with the address that stood for it. */
    private final Map<String, String> visited = new LinkedHashMap<>();
    private final Set<String> checkedShapes = new java.util.HashSet<>();
    private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
            .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
    /** Where the browser reaches the portal (scheme, host, port), for fetching pages as it does. */
    private final URI origin;
    private int checked;

    public AccessibilitySweep(Browser browser, java.net.URL base) {
        this.browser = browser;
        // axe-core's own script (as Deque ships it for Selenium) joins every page as it loads. Deque's Java wrapper
        // is not used: it took 1.3 s a page beyond axe-core's own run, which a sweep of hundreds of pages cannot afford.
        try (java.io.InputStream script = AccessibilitySweep.class.getResourceAsStream("/axe.min.js")) {
            ((org.openqa.selenium.chrome.ChromeDriver) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                    Map.of("source", new String(script.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        this.origin = URI.create(browser.base()).resolve("/");
        String path = URI.create(browser.base()).getPath();
        this.base = path.endsWith("/") ? path : path + "/";
    }

    /** Crawls from the given start pages, up to the given depth of links from them, checking each kind of page once. */
    public AccessibilitySweep crawl(String who, int depth, String... starts) {
        Set<String> seen = new java.util.HashSet<>();
        Deque<Map.Entry<String, Integer>> queue = new ArrayDeque<>();
        for (String start : starts) {
            queue.add(Map.entry(start, 0));
        }
        while (!queue.isEmpty()) {
            Map.Entry<String, Integer> next = queue.poll();
            String path = next.getKey();
            String kind = who + " " + path.replaceAll("\\?.*", "");
            if (!seen.add(kind)) {
                continue;
            }
            List<String> links = check(who, path);
            if (next.getValue() < depth) {
                links.forEach(link -> queue.add(Map.entry(link, next.getValue() + 1)));
            }
        }
        return this;
    }

    /**
     * Visits one page as the signed-in person (their browser's session, over HTTP: the page as the server sends it),
     * checks it in the browser if no page of its kind and shape was checked before, and returns the portal pages it
     * links to (relative to the portal's base).
     */
    public List<String> check(String who, String path) {
        String where = who + " " + path;
        java.net.http.HttpResponse<String> page = fetch(path);
        visited.put(where, page.uri().toString());
        String html = page.body();
        if (page.statusCode() >= 400 || html.contains("class=\"error-page")) {
            problems.add(where + " — shows an error page (" + page.statusCode() + "): "
                    + html.replaceAll("(?s).*<main[^>]*>|</main>.*|<[^>]+>", " ").replaceAll("\\s+", " ").strip());
        }
        // A page of the same kind built of the same kinds of parts (elements, classes and roles in <main>, whatever
        // their number, order and words) was checked already, for this person or another: its findings would be the
        // same, so it is visited, not re-run.
        int from = Math.max(0, html.indexOf("<main"));
        int to = html.indexOf("</main>") < 0 ? html.length() : html.indexOf("</main>");
        java.util.TreeSet<String> parts = new java.util.TreeSet<>();
        java.util.regex.Matcher tag = START_TAG.matcher(html.substring(from, to));
        while (tag.find()) {
            parts.add(tag.group(1) + "." + attribute(tag.group(2), "class") + "|" + attribute(tag.group(2), "role")
                    + "|" + attribute(tag.group(2), "type"));
        }
        if (checkedShapes.add(path.replaceAll("\\?.*", "") + " " + parts.hashCode())) {
            browser.go(path);
            browser.waitFor(By.tagName("footer"));
            checkShown(where);
        }
        List<String> links = new ArrayList<>();
        java.util.regex.Matcher href = HREF.matcher(html);
        while (href.find()) {
            String link = portalPage(page.uri().resolve(href.group(1).replace("&amp;", "&")).toString());
            if (link != null) {
                links.add(link);
            }
        }
        return links;
    }

    private static final java.util.regex.Pattern START_TAG = java.util.regex.Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final java.util.regex.Pattern HREF = java.util.regex.Pattern.compile("<a\\s[^>]*href=\"([^\"#]+)[^\"]*\"");

    private static String attribute(String attributes, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1).strip() : "";
    }

    /** The page as the server sends it to the browser's session (its cookies), following redirects. */
    private java.net.http.HttpResponse<String> fetch(String path) {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        try {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(origin.resolve(base + path))
                    .header("Accept", "text/html").timeout(java.time.Duration.ofSeconds(60));
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies);
            }
            return http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs axe-core on the page shown and measures it at phone width; what is wrong joins {@link #problems()}. */
    public void checkShown(String where) {
        checked++;
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                    .then(r => done(r.violations.flatMap(v => v.nodes.map(n => v.id + ' (' + v.impact + '): ' + v.help
                        + ' — ' + n.target.join(' ') + ' ' + n.html.slice(0, 160) + ' ' + (n.failureSummary || '').slice(0, 200)))))
                    .catch(e => done(['axe-core failed: ' + e]));
                """, WCAG_AA);
        violations.forEach(v -> problems.add(where + " — " + v.replaceAll("\\s+", " ")));
        Dimension desktop = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(PHONE_WIDTH, desktop.getHeight()));
        Object wide = browser.script("""
                const width = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth <= width) { return null; }
                const widest = [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > width + 1)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().split(/\\s+/).join('.') : ''));
                return document.documentElement.scrollWidth + 'px wide: ' + widest.slice(-4).join(', ');
                """);
        if (wide != null) {
            problems.add(where + " — scrolls sideways at " + PHONE_WIDTH + " px, " + wide);
        }
        browser.driver().manage().window().setSize(desktop);
    }

    /** The portal page an address names, relative to the portal's base, or null for anything else. */
    private String portalPage(String href) {
        URI uri;
        try {
            uri = URI.create(href);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String path = uri.getPath();
        if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || path == null || !path.startsWith(base)
                || !path.endsWith(".xhtml") || NOT_PAGES.stream().anyMatch(path::contains)) {
            return null;
        }
        return path.substring(base.length()) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    public List<String> problems() {
        return problems;
    }

    /** How many pages axe-core and the phone-width measure ran on. */
    public int checked() {
        return checked;
    }

    public Map<String, String> visited() {
        return visited;
    }
}
