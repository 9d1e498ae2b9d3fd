package it.fascicolosociale.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One case across its whole life in the browser, each step done by the demo operator the processes route it to,
 * from their own task list: the front office of Camposampiero registers an accesso for a new person and proposes a
 * presa in carico; the coordinator accepts naming the case manager; the case manager interviews, assesses and drafts
 * a PAI with one benefit; the responsabile d'area approves it; the administrative staff check the ISEE, the
 * responsabile approves the benefit (the demo rule of Camposampiero), the staff activate it and record a delivery;
 * the case manager proposes closure and the coordinator approves it. The social file then tells the whole story.
 * The pages on the way are checked with axe-core and photographed under target/screenshots.
 */
@BrowserJourney
class CaseLifecycleJourneyTest {

    static final String FRONT_OFFICE = "laura.bianchi";
    static final String COORDINATOR = "giorgio.moretti";
    static final String CASE_MANAGER = "elena.conte";
    static final String AREA_MANAGER = "chiara.longo";
    static final String ADMINISTRATIVE = "marta.greco";

    /** A synthetic person of Camposampiero (B563), born 14 March 1958; the codice fiscale agrees with it. */
    static final String CODICE_FISCALE = "TRVRLL58C54B563K";
    static final String PERSON = "Trevisan";

    /** Every task of the case's life in the order it is done, with the operator who does it. */
    private static final List<String[]> STEPS = List.of(new String[] {"Primo colloquio", "Laura Bianchi"},
            new String[] {"Decisione sulla presa in carico", "Giorgio Moretti"},
            new String[] {"Primo colloquio del responsabile del caso", "Elena Conte"},
            new String[] {"Valutazione sociale", "Elena Conte"}, new String[] {"Redazione del PAI", "Elena Conte"},
            new String[] {"Approvazione del PAI", "Chiara Longo"}, new String[] {"Verifica amministrativa (ISEE)", "Marta Greco"},
            new String[] {"Approvazione della prestazione", "Chiara Longo"},
            new String[] {"Attivazione della prestazione", "Marta Greco"}, new String[] {"Registra erogazioni", "Marta Greco"},
            new String[] {"Proposta di chiusura del caso", "Elena Conte"},
            new String[] {"Approvazione della chiusura", "Giorgio Moretti"});

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    @LocalServerPort
    int port;

    @Test
    void aNewPersonGoesFromTheFrontOfficeToAClosedCaseAndTheFileTellsEveryStep() throws Exception {
        try (Browser browser = Browser.open(port)) {
            registerAccesso(browser);
            proposePresaInCarico(browser);
            acceptNamingTheCaseManager(browser);
            long caseId = interviewAssessAndPlan(browser);
            approvePlan(browser);
            checkApproveActivateAndDeliver(browser);
            proposeAndApproveClosure(browser);
            theSocialFileTellsEveryStep(browser, caseId);
        }
    }

    private void registerAccesso(Browser browser) throws Exception {
        browser.signIn(FRONT_OFFICE);
        browser.clickAndWaitForNextPage(By.linkText("Registra un nuovo accesso"));
        browser.find(By.id("codiceFiscale")).sendKeys(CODICE_FISCALE);
        browser.clickAndWaitForNextPage(By.cssSelector("form[role=search] button[type=submit]"));
        assertThat(browser.text()).contains("Nessuna persona trovata");
        browser.assertAccessible("intake search").screenshot("intake-search");
        browser.clickAndWaitForNextPage(By.partialLinkText("persona nuova con codice fiscale"));

        TaskFormPage form = new TaskFormPage(browser);
        assertThat(form.value("codiceFiscale")).isEqualTo(CODICE_FISCALE);
        form.type("firstName", "Ornella").type("lastName", PERSON).choose("sex", "F").date("birthDate", LocalDate.of(1958, 3, 14))
                .select("comune", "028019").type("address", "Via dei Tigli 4").select("channel", "desk")
                .choose("requesterKind", "self").select("area", "disability")
                .type("need", "Vive sola, fatica a muoversi in casa dopo una caduta e chiede aiuto.");
        browser.assertAccessible("intake form").screenshot("intake-form");
        TaskListPage list = form.complete();
        assertThat(list.notice()).contains("Accesso registrato");
    }

    private void proposePresaInCarico(Browser browser) throws Exception {
        TaskFormPage interview = TaskListPage.open(browser).section(TaskListPage.GROUPS)
                .claim("Primo colloquio", PERSON, "Ricevo io la signora allo sportello.");
        assertThat(interview.heading()).isEqualTo("Primo colloquio");
        interview.type("interviewNotes", "Colloquio allo sportello: autonomia ridotta, nessun familiare vicino.")
                .choose("outcome", "case-proposal")
                .type("proposalReason", "Serve un progetto di sostegno a domicilio.");
        browser.assertAccessible("task form").screenshot("task-form");
        assertThat(interview.complete().notice()).contains("Primo colloquio");
    }

    private void acceptNamingTheCaseManager(Browser browser) throws Exception {
        browser.signIn(COORDINATOR);
        TaskListPage groups = TaskListPage.open(browser).section(TaskListPage.GROUPS);
        browser.assertAccessible("task list").screenshot("task-list");
        TaskFormPage decision = groups.claim("Decisione sulla presa in carico", PERSON, "Decido io per l'area disabili.");
        decision.choose("decision", "accept").select("caseManager", CASE_MANAGER);
        assertThat(decision.complete().notice()).contains("Decisione sulla presa in carico");
    }

    private long interviewAssessAndPlan(Browser browser) {
        browser.signIn(CASE_MANAGER);
        TaskListPage mine = TaskListPage.open(browser).section(TaskListPage.MINE);
        long caseId = mine.caseOf("Primo colloquio del responsabile del caso", PERSON);
        mine.openTask("Primo colloquio del responsabile del caso", PERSON)
                .date("interviewDate", TODAY).select("place", "home")
                .type("summary", "Visita domiciliare: la casa ha scale interne, la signora esce poco.").complete()
                .openTask("Valutazione sociale", PERSON)
                .choose("problemAreas", "care").choose("problemAreas", "relations")
                .type("situation", "Vedova, vive sola al primo piano; la figlia abita a Padova.")
                .type("conclusions", "Serve assistenza domiciliare per alcune ore alla settimana.").complete()
                .openTask("Redazione del PAI", PERSON)
                .type("summary", "Assistenza domiciliare e ripresa dei contatti con il quartiere.")
                .type("goals[0].description", "Si lava e si veste da sola in sicurezza")
                .select("benefits[0].itemCode", "home-care-hours").type("benefits[0].quantity", "16")
                .date("benefits[0].periodFrom", TODAY).date("benefits[0].periodTo", TODAY.plusMonths(3))
                .complete();
        return caseId;
    }

    private void approvePlan(Browser browser) {
        browser.signIn(AREA_MANAGER);
        TaskFormPage approval = TaskListPage.open(browser).section(TaskListPage.GROUPS)
                .claim("Approvazione del PAI", PERSON, "Approvazione dell'area disabili.");
        assertThat(approval.choose("planDecision", "approve").complete().notice()).contains("Approvazione del PAI");
    }

    private void checkApproveActivateAndDeliver(Browser browser) {
        browser.signIn(ADMINISTRATIVE);
        TaskListPage.open(browser).section(TaskListPage.GROUPS)
                .claim("Verifica amministrativa (ISEE)", PERSON, "Verifico io l'ISEE.")
                .choose("iseePresented", "yes").select("iseeType", "socio-health").type("iseeValue", "8500")
                .date("iseeExpiry", LocalDate.of(TODAY.getYear(), 12, 31)).type("dsuProtocol", "INPS-ISEE-2026-00004242-00")
                .complete();

        browser.signIn(AREA_MANAGER);
        TaskFormPage approval = TaskListPage.open(browser).section(TaskListPage.GROUPS)
                .claim("Approvazione della prestazione", PERSON, "Approvo le prestazioni dell'area.");
        approval.choose("decision", "approve");
        approval.select("actType", firstValue(approval)).type("actNumber", "412/" + TODAY.getYear()).date("actDate", TODAY).complete();

        browser.signIn(ADMINISTRATIVE);
        TaskListPage.open(browser).section(TaskListPage.GROUPS)
                .claim("Attivazione della prestazione", PERSON, "Attivo io il servizio.")
                .date("activationDate", TODAY).complete();
        TaskListPage list = TaskListPage.open(browser).section(TaskListPage.GROUPS)
                .claim("Registra erogazioni", PERSON, "Registro io le ore.")
                .date("deliveryDate", TODAY).type("quantity", "4").complete();
        assertThat(list.notice()).contains("Registra erogazioni");
    }

    private static String firstValue(TaskFormPage form) {
        return form.optionValues("actType").get(0);
    }

    private void proposeAndApproveClosure(Browser browser) {
        browser.signIn(CASE_MANAGER);
        TaskListPage.open(browser).section(TaskListPage.MINE).openTask("Proposta di chiusura del caso", PERSON)
                .select("closureReason", "goals-achieved")
                .type("closureNotes", "La signora si muove in casa da sola; la figlia ha organizzato le spese.").complete();

        browser.signIn(COORDINATOR);
        TaskListPage.open(browser).section(TaskListPage.GROUPS)
                .claim("Approvazione della chiusura", PERSON, "Chiusure dell'area disabili.")
                .choose("closureDecision", "approve").complete();
    }

    private void theSocialFileTellsEveryStep(Browser browser, long caseId) throws Exception {
        browser.signIn(CASE_MANAGER);
        CaseFilePage file = CaseFilePage.search(browser, "Trevisan Ornella");
        browser.assertAccessible("person search").screenshot("person-search");
        file.openPerson(PERSON);
        assertThat(browser.text()).contains(CODICE_FISCALE);
        browser.assertAccessible("person page").screenshot("person-page");
        file.openCase(caseId);
        browser.assertAccessible("social file").screenshot("social-file");

        List<String> timeline = file.timeline();
        assertThat(timeline).anySatisfy(entry -> assertThat(entry).contains("Avviato il processo «Accesso").contains("Laura Bianchi"));
        List<String> stepsDone = timeline.stream().filter(entry -> entry.startsWith("Completata l'attività")).toList();
        assertThat(stepsDone).as("the steps done, in the order they were done").hasSize(STEPS.size());
        for (int index = 0; index < STEPS.size(); index++) {
            assertThat(stepsDone.get(index)).startsWith("Completata l'attività «" + STEPS.get(index)[0] + "»")
                    .contains("di " + STEPS.get(index)[1]);
        }
        assertThat(timeline).anySatisfy(entry -> assertThat(entry).startsWith("PAI versione 1 approvato").contains("di Chiara Longo"))
                .anySatisfy(entry -> assertThat(entry).startsWith("Erogazione di «").contains("quantità 4, unità di misura: ora")
                        .contains("di Marta Greco"))
                .anySatisfy(entry -> assertThat(entry).startsWith("Caso chiuso: Obiettivi raggiunti").contains("di Giorgio Moretti"));
    }
}
