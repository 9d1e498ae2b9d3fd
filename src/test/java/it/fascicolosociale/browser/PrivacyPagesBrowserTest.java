package it.fascicolosociale.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import it.fascicolosociale.casefile.CaseFiles;
import it.fascicolosociale.casefile.SyntheticFiles;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.notes.DocumentUpload;
import it.fascicolosociale.notes.NoteDraft;
import it.fascicolosociale.notes.NoteType;
import it.fascicolosociale.notes.Visibility;
import it.fascicolosociale.organization.UserArea;

/**
 * The privacy pages in a real browser, accessible: the emergency access offered from the search, its form and the
 * banner on the file it opens; the oscuramento panel of the case manager; a note refused for a control character,
 * its text given back; the DPO's access log.
 */
@BrowserJourney
class PrivacyPagesBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    SyntheticFiles files;

    @Autowired
    CaseFiles caseFiles;

    @Test
    void emergencyAccessConcealmentAndTheAccessLog() throws Exception {
        Long personId = files.testUno();
        SocialCase socialCase = files.openCase(personId, SyntheticFiles.CAMPOSAMPIERO, UserArea.DISABILITY, "elena.conte");
        caseFiles.writeNote("elena.conte", socialCase.getId(), new NoteDraft(NoteType.INTERVIEW, LocalDate.of(2026, 4, 1),
                "Primo colloquio in sede.", Visibility.ALL_UNITS));
        caseFiles.upload("elena.conte", socialCase.getId(), new DocumentUpload("Certificato", "certificato.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), Visibility.ALL_UNITS));

        try (Browser browser = Browser.open(port)) {
            browser.signIn("paolo.gallo").go("/people?q=NUOTST85C12B563H");
            browser.assertAccessible("emergency offer").screenshot("privacy-emergency-offer");
            browser.clickAndWaitForNextPage(By.cssSelector("#emergency-offer a"));
            browser.assertAccessible("emergency form").screenshot("privacy-emergency-form");
            new Select(browser.find(By.id("reason"))).selectByValue("risk-to-life");
            browser.find(By.id("explanation")).sendKeys("Chiamata dal pronto soccorso, il servizio non risponde.");
            browser.clickAndWaitForNextPage(By.cssSelector("#contenuto button[type=submit]"));
            assertThat(browser.text()).contains("Accesso di emergenza in corso");
            browser.assertAccessible("person page with banner").screenshot("privacy-emergency-banner");
            browser.clickAndWaitForNextPage(By.cssSelector("#emergency-banner button[type=submit]"));
            assertThat(browser.text()).contains("Accesso di emergenza chiuso");
            browser.assertAccessible("search after the emergency access ended").screenshot("privacy-emergency-ended");
        }
        try (Browser browser = Browser.open(port)) {
            browser.signIn("elena.conte").go("/cases/" + socialCase.getId());
            assertThat(browser.text()).contains("Oscuramento");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('concealments').scrollIntoView()");
            browser.assertAccessible("case page with concealment").screenshot("privacy-concealment");

            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('text').value = arguments[0]", "Colloquio con la figlia\u000b incollato da un altro programma");
            browser.clickAndWaitForNextPage(By.cssSelector("#note-form-panel button[type=submit]"));
            assertThat(browser.text()).contains("caratteri di controllo non ammessi", "Il testo che avevi scritto");
            assertThat(browser.find(By.id("typed-text-1")).getAttribute("value"))
                    .isEqualTo("Colloquio con la figlia incollato da un altro programma");
            browser.assertAccessible("note refused for a control character").screenshot("privacy-control-characters");
        }
        try (Browser browser = Browser.open(port)) {
            browser.signIn("federica.rinaldi").go("/dpo/access-log");
            assertThat(browser.text()).contains("Verifica della catena: integra", "paolo.gallo");
            browser.assertAccessible("access log").screenshot("privacy-access-log");
        }
    }
}
