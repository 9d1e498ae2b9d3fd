package it.fascicolosociale.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import it.fascicolosociale.browser.PayloadFiles.Batch;
import it.fascicolosociale.browser.XssDetector.Findings;
import it.fascicolosociale.browser.XssPayloads.Payload;
import it.fascicolosociale.tasks.Worklist;

/**
 * Issue 5: XSS payloads stored in names, diary notes and document titles never execute, nor turn into markup, when
 * the pages that show them are rendered in headless Chromium, and each shows as the text that was typed. The pages:
 * the person search, the person page (with the household), the social file (heading, timeline, oscuramento panel),
 * the task list and the task page. The DPO's access log shows ids only and the citizen's access report is a PDF, so
 * they are not among them. A control shows the detector catching payloads put into a page unescaped.
 */
@BrowserJourney
class StoredXssJourneyTest {

    /** Persons in one household and search, notes and documents in one social file: under the search's 50 results. */
    static final int BATCH = 40;
    /** The task page shows one person: a few of each batch, each with a payload of another family. */
    static final int TASK_PAGE_EVERY = 10;

    @LocalServerPort
    int port;

    @Autowired
    PayloadFiles files;

    @Autowired
    TaskService taskService;

    @Test
    void payloadsStoredInNamesNotesAndDocumentTitlesNeverExecuteAndShowAsText() throws Exception {
        List<Payload> payloads = XssPayloads.all();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(500);
        List<Batch> batches = new ArrayList<>();
        for (int from = 0; from < payloads.size(); from += BATCH) {
            batches.add(files.store(batches.size(), payloads.subList(from, Math.min(payloads.size(), from + BATCH))));
        }
        try (Browser browser = Browser.open(port)) {
            browser.signIn(PayloadFiles.CASE_MANAGER);
            XssDetector detector = new XssDetector(browser);
            for (Batch batch : batches) {
                detector.check("person search", "/people?birthDate=" + batch.birthDate(), batch.payloads());
                detector.check("person page", "/people/" + batch.referencePersonId(), batch.payloads());
                detector.check("social file", "/cases/" + batch.caseId(), batch.payloads());
                for (int index = 0; index < batch.taskIds().size(); index += TASK_PAGE_EVERY) {
                    detector.check("task page", "/tasks/" + batch.taskIds().get(index), List.of(batch.payloads().get(index)));
                }
            }
            checkTaskList(detector, payloads);
            System.out.println("XSS: " + payloads.size() + " payloads x " + detector.pageKinds() + " pages checked ("
                    + detector.pageLoads() + " page loads)");
        }
    }

    /** Every page of the case manager's own tasks, one for each person: together they show every name. */
    private void checkTaskList(XssDetector detector, List<Payload> payloads) {
        StringBuilder text = new StringBuilder();
        long tasks = taskService.createTaskQuery().taskAssignee(PayloadFiles.CASE_MANAGER).active().count();
        for (int page = 1; page <= (tasks + Worklist.PAGE_SIZE - 1) / Worklist.PAGE_SIZE; page++) {
            text.append(detector.check("task list", "/?view=mine&page=" + page, List.of()));
        }
        assertThat(new Findings(null, null, List.of(), List.of(), text.toString()).missing(payloads))
                .as("persons' names not shown as text on the task list").isEmpty();
    }

    @Test
    void theDetectorCatchesPayloadsPutIntoThePageUnescaped() throws Exception {
        List<Payload> payloads = XssPayloads.all();
        try (Browser browser = Browser.open(port)) {
            browser.signIn(PayloadFiles.CASE_MANAGER);
            XssDetector detector = new XssDetector(browser);
            detector.check("person search", "/people", List.of());
            catchesMarkupPutIntoAnElementsText(browser, detector, payloads);
            browser.go("/people");
            catchesBreakoutsPutIntoAnAttribute(browser, detector, payloads);
            browser.go("/people");
            script(browser, "window.__xss = 100;");
            assertThat(detector.inspect(null).marker()).isEqualTo("100");
            script(browser, "window.alert('101');");
            assertThat(detector.inspect(null).alert()).isEqualTo("101");
        }
    }

    /** As a th:utext would: every payload with a tag is caught, by its marker or by its text no longer there. */
    private static void catchesMarkupPutIntoAnElementsText(Browser browser, XssDetector detector, List<Payload> payloads) {
        Findings findings = inject(browser, detector, payloads, "element.innerHTML = payload;");
        List<String> caught = new ArrayList<>(findings.marked().stream().map(StoredXssJourneyTest::leadingNumber).toList());
        findings.missing(payloads).forEach(id -> caught.add(String.valueOf(id)));
        List<Payload> withTags = payloads.stream().filter(payload -> payload.text().matches("(?s).*<[a-zA-Z/!].*")).toList();
        assertThat(caught).as("payloads with a tag caught when put into an element's text unescaped").containsAll(ids(withTags));
        assertThat(findings.active()).as("scripts and handlers found").isNotEmpty();
        assertThatThrownBy(() -> XssDetector.assertClean("control", findings, payloads)).isInstanceOf(AssertionError.class);
        System.out.println("XSS control: " + caught.stream().distinct().count() + " of " + payloads.size()
                + " payloads caught when put into the page unescaped (" + findings.marked().size() + " by their marker)");
    }

    /** As an attribute written by concatenation would: every breakout with double quotes leaves its marker. */
    private static void catchesBreakoutsPutIntoAnAttribute(Browser browser, XssDetector detector, List<Payload> payloads) {
        Findings findings = inject(browser, detector, payloads, "element.innerHTML = '<span title=\"' + payload + '\">x</span>';");
        List<Payload> breakouts = payloads.stream()
                .filter(payload -> payload.text().startsWith("\" ") || payload.text().startsWith("\">")).toList();
        assertThat(findings.marked().stream().map(StoredXssJourneyTest::leadingNumber).toList())
                .as("attribute breakouts caught when put into an attribute unescaped").containsAll(ids(breakouts));
    }

    /** Puts every payload into a new element of the page the way the script given does; what the page then gives away. */
    private static Findings inject(Browser browser, XssDetector detector, List<Payload> payloads, String how) {
        script(browser, "const main = document.getElementById('contenuto'); arguments[0].forEach(payload => {"
                + " const element = document.createElement('div'); " + how + " main.append(element); });",
                payloads.stream().map(Payload::text).toList());
        return detector.inspect(null);
    }

    private static void script(Browser browser, String script, Object... arguments) {
        ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }

    /** The payload's number a marker starts with: a breakout's marker runs on with the Italian words after it. */
    private static String leadingNumber(String marker) {
        return marker.replaceFirst("(?s)^(\\d+).*", "$1");
    }

    private static List<String> ids(List<Payload> payloads) {
        return payloads.stream().map(payload -> String.valueOf(payload.id())).toList();
    }
}
