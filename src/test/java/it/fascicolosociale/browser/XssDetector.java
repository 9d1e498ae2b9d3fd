package it.fascicolosociale.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.UnhandledAlertException;

import it.fascicolosociale.browser.XssPayloads.Payload;

/**
 * Tells whether a page rendered in the browser let a stored payload through: (a) the window marker set, an alert
 * opened, an element carrying the {@code data-xss} marker, or any script the page did not ship (an inline script, an
 * event-handler or hx-on attribute, a javascript: URL); (b) a payload shown is missing from the page's text, so it
 * was parsed as markup, evaluated or dropped instead of escaped. The markers catch injected markup even where the
 * Content-Security-Policy stops it from running. Counts the pages it checked.
 */
final class XssDetector {

    private static final Path FAILED_PAGES = Path.of("target/xss");
    private static final String INSPECT = """
            const urls = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href'];
            const active = [...document.querySelectorAll('*')].filter(e => (e.tagName === 'SCRIPT' && !e.src)
                || [...e.attributes].some(a => /^(on|hx-on|data-hx-on)/i.test(a.name)
                    || (urls.includes(a.name.toLowerCase()) && /^[\\s\\u0000-\\u001f]*javascript:/i.test(a.value))));
            return {
              marker: window.__xss === undefined ? null : String(window.__xss),
              marked: [...document.querySelectorAll('[data-xss]')].map(e => e.getAttribute('data-xss')),
              active: active.map(e => e.outerHTML.slice(0, 160)),
              text: document.body.textContent.replace(/\\s+/g, ' ')
            };""";

    /** What a page gave away, and its text with the blanks collapsed. */
    record Findings(String alert, String marker, List<String> marked, List<String> active, String text) {

        /** The payloads whose text the page does not show as it was stored. */
        List<Integer> missing(Collection<Payload> shown) {
            return shown.stream().filter(payload -> !text.contains(collapsed(payload.text()))).map(Payload::id).toList();
        }
    }

    private final Browser browser;
    private final Set<String> pages = new LinkedHashSet<>();
    private int loads;

    XssDetector(Browser browser) {
        this.browser = browser;
    }

    /** Opens the page, checks it gave nothing away and shows every payload given as text; its text for more checks. */
    String check(String page, String path, Collection<Payload> shown) {
        String alert = null;
        try {
            browser.go(path);
            waitUntilLoaded(path);
        } catch (UnhandledAlertException opened) {
            alert = String.valueOf(opened.getAlertText());
        }
        Findings findings = inspect(alert);
        try {
            assertClean(page + " " + path, findings, shown);
        } catch (AssertionError leak) {
            keepSource(path);
            throw leak;
        }
        pages.add(page);
        loads++;
        return findings.text();
    }

    /**
     * Until the browser shows the page asked for, whole: under load the driver may come back while the previous
     * document, or the first part of a long one, is still what the window holds.
     */
    private void waitUntilLoaded(String path) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
        wait.withMessage(() -> "page " + path + " not loaded; the browser is on " + browser.driver().getCurrentUrl());
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.readyState === 'complete' && location.pathname + location.search === arguments[0];", path)));
    }

    /** What the current page gave away; an alert that opened since the last command counts. */
    @SuppressWarnings("unchecked")
    Findings inspect(String alertBefore) {
        String alert = alertBefore;
        Map<String, Object> found;
        try {
            found = (Map<String, Object>) script().executeScript(INSPECT);
        } catch (UnhandledAlertException opened) {
            alert = String.valueOf(opened.getAlertText());
            found = (Map<String, Object>) script().executeScript(INSPECT);
        }
        return new Findings(alert, (String) found.get("marker"), new ArrayList<>((List<String>) found.get("marked")),
                new ArrayList<>((List<String>) found.get("active")), (String) found.get("text"));
    }

    static void assertClean(String page, Findings findings, Collection<Payload> shown) {
        assertThat(findings.alert()).as("alert opened on " + page).isNull();
        assertThat(findings.marker()).as("window.__xss set on " + page).isNull();
        assertThat(findings.marked()).as("elements carrying data-xss on " + page + " (payload numbers)").isEmpty();
        assertThat(findings.active()).as("script the page did not ship on " + page).isEmpty();
        assertThat(findings.missing(shown)).as("payloads not shown as text on " + page).isEmpty();
    }

    /** The page as the browser has it, under target/xss, to see what let the payload through. */
    private void keepSource(String path) {
        try {
            Files.createDirectories(FAILED_PAGES);
            Files.writeString(FAILED_PAGES.resolve(path.replaceAll("[^A-Za-z0-9-]", "_") + ".html"), browser.driver().getPageSource());
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    static String collapsed(String text) {
        return text.replaceAll("\\s+", " ");
    }

    int pageKinds() {
        return pages.size();
    }

    int pageLoads() {
        return loads;
    }

    private JavascriptExecutor script() {
        return (JavascriptExecutor) browser.driver();
    }
}
