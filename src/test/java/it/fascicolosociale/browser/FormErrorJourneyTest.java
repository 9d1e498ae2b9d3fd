package it.fascicolosociale.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Mistakes on the forms in the browser: a codice fiscale with a wrong check character and a required field left
 * empty, on /intake/new and on a task form. The Italian messages appear in the error summary (which takes the focus)
 * and by each field, the page stays accessible, and everything typed is still there to be corrected. The accesso is
 * then registered and answered with information, so that nothing is left open.
 */
@BrowserJourney
class FormErrorJourneyTest {

    /** A synthetic person of Camposampiero born 22 September 1979, and the same code with a wrong last character. */
    static final String CODICE_FISCALE = "TNNFRZ79P22B563S";
    static final String MISTYPED = "TNNFRZ79P22B563A";
    static final String CHECK_CHARACTER = "l'ultimo carattere (carattere di controllo) non corrisponde agli altri";
    static final String REQUIRED = "obbligatorio";

    @LocalServerPort
    int port;

    @Test
    void mistakesAreExplainedInItalianAndNothingTypedIsLost() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.signIn(CaseLifecycleJourneyTest.FRONT_OFFICE);
            theSearchExplainsAWrongCodiceFiscale(browser);
            TaskFormPage form = theIntakeFormKeepsWhatWasTyped(browser);
            form.type("codiceFiscale", CODICE_FISCALE);
            assertThat(form.complete().notice()).contains("Accesso registrato");
            theTaskFormKeepsWhatWasTyped(browser);
        }
    }

    private void theSearchExplainsAWrongCodiceFiscale(Browser browser) throws Exception {
        browser.go("/intake/new");
        browser.find(By.id("codiceFiscale")).sendKeys(MISTYPED);
        browser.clickAndWaitForNextPage(By.cssSelector("form[role=search] button[type=submit]"));
        assertThat(browser.find(By.id("error-summary")).getText()).contains(CHECK_CHARACTER);
        assertThat(browser.find(By.id("codiceFiscale")).getAttribute("value")).isEqualTo(MISTYPED);
        assertThat(browser.find(By.id("codiceFiscale")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible("intake search with errors").screenshot("intake-search-errors");
    }

    /**
     * The form's own rules (a required field) are checked before the person's data: the empty field is reported
     * first, the codice fiscale once the form is complete. Both rounds keep everything typed.
     */
    private TaskFormPage theIntakeFormKeepsWhatWasTyped(Browser browser) throws Exception {
        browser.clickAndWaitForNextPage(By.linkText("Registra l'accesso per una persona nuova"));
        TaskFormPage form = new TaskFormPage(browser);
        form.type("codiceFiscale", MISTYPED).type("firstName", "Fabrizio").type("lastName", "Tonin").choose("sex", "M")
                .date("birthDate", LocalDate.of(1979, 9, 22)).select("comune", "028019").type("phone", "049 000 0000")
                .select("channel", "phone").choose("requesterKind", "self").select("area", "poverty-adults");
        form.submit();

        assertThat(form.summaryFocused()).as("the error summary has the focus").isTrue();
        assertThat(form.errorSummary()).singleElement().asString().contains("Bisogno espresso").contains(REQUIRED);
        assertThat(form.fieldError("need")).contains(REQUIRED);
        assertKept(form);
        browser.assertAccessible("intake form with errors").screenshot("intake-form-errors");

        String need = "Ha perso il lavoro e chiede come pagare l'affitto.";
        form.type("need", need).submit();
        assertThat(form.summaryFocused()).isTrue();
        assertThat(form.errorSummary()).singleElement().asString().contains(CHECK_CHARACTER);
        assertThat(form.fieldError("codiceFiscale")).contains(CHECK_CHARACTER);
        assertKept(form);
        assertThat(form.value("need")).isEqualTo(need);
        browser.assertAccessible("intake form with a wrong codice fiscale").screenshot("intake-form-codice-fiscale");
        return form;
    }

    private static void assertKept(TaskFormPage form) {
        assertThat(form.value("codiceFiscale")).isEqualTo(MISTYPED);
        assertThat(form.value("firstName")).isEqualTo("Fabrizio");
        assertThat(form.value("lastName")).isEqualTo("Tonin");
        assertThat(form.value("birthDate")).isEqualTo("1979-09-22");
        assertThat(form.value("phone")).isEqualTo("049 000 0000");
        assertThat(form.value("comune")).isEqualTo("028019");
        assertThat(form.value("channel")).isEqualTo("phone");
        assertThat(form.value("area")).isEqualTo("poverty-adults");
        assertThat(form.checked("sex", "M")).isTrue();
        assertThat(form.checked("requesterKind", "self")).isTrue();
    }

    private void theTaskFormKeepsWhatWasTyped(Browser browser) throws Exception {
        TaskFormPage interview = TaskListPage.open(browser).section(TaskListPage.GROUPS)
                .claim("Primo colloquio", "Tonin", "Lo ricevo io.");
        String notes = "Ha perso il lavoro a marzo; vive con la moglie e due figli.";
        interview.type("interviewNotes", notes).choose("outcome", "information").submit();

        assertThat(interview.summaryFocused()).isTrue();
        assertThat(interview.errorSummary()).singleElement().asString().contains("Informazioni date").contains(REQUIRED);
        assertThat(interview.fieldError("informationGiven")).contains(REQUIRED);
        assertThat(interview.value("interviewNotes")).isEqualTo(notes);
        assertThat(interview.checked("outcome", "information")).isTrue();
        browser.assertAccessible("task form with errors").screenshot("task-form-errors");

        interview.type("informationGiven", "Indicato lo sportello lavoro del comune e il fondo affitti.");
        assertThat(interview.complete().notice()).contains("Primo colloquio");
    }
}
