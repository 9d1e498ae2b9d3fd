package it.fascicolosociale.tasks.web;

import static it.fascicolosociale.tasks.web.Pages.html;
import static it.fascicolosociale.tasks.web.Pages.plain;
import static it.fascicolosociale.tasks.web.Pages.row;
import static it.fascicolosociale.tasks.web.Pages.rowHtml;
import static it.fascicolosociale.tasks.web.Pages.submitted;
import static it.fascicolosociale.tasks.web.Pages.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.intake.Intakes;
import it.fascicolosociale.organization.CadastralCode;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.people.CodiceFiscale;
import it.fascicolosociale.people.Contacts;
import it.fascicolosociale.people.People;
import it.fascicolosociale.people.Person;
import it.fascicolosociale.people.PersonDetails;
import it.fascicolosociale.people.Residence;
import it.fascicolosociale.people.Sex;

/**
 * The front office registers an accesso: finds the person by codice fiscale or name (or starts from a new one),
 * then fills the intake start form, prefilled; operators outside the front office find no such page.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
@WithUserDetails("laura.bianchi")
class IntakeStartPageTest {

    /** Test Uno, born in Camposampiero on 12 March 1985: a synthetic codice fiscale. */
    private static final String TEST_UNO = "NUOTST85C12B563H";
    private static final String PERSONS = "select count(*) from person";

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Intakes intakes;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Work work;

    @Test
    @WithUserDetails("marco.ferro")
    void isNoPageForOperatorsOutsideTheFrontOffice() throws Exception {
        mvc.perform(get("/intake/new")).andExpect(status().isNotFound());
        mvc.perform(get("/intake/new/form")).andExpect(status().isNotFound());
        mvc.perform(submitted("/intake/new", "comune", "028019")).andExpect(status().isNotFound());
        assertThat(html(mvc.perform(get("/")))).doesNotContain("/intake/new");
    }

    @Test
    void findsThePersonOfACodiceFiscale() throws Exception {
        Person known = testUno();

        String page = html(mvc.perform(get("/intake/new").param("codiceFiscale", " nuotst85c12b563h ")).andExpect(status().isOk()));

        assertThat(row(page, "Uno Test")).containsExactly("Uno Test", "12/03/1985", "Camposampiero", TEST_UNO, "Registra l'accesso");
        assertThat(rowHtml(page, "Uno Test")).contains("href=\"/intake/new/form?personId=" + known.getId() + "\"");
    }

    @Test
    void refusesAMalformedCodiceFiscaleInItalian() throws Exception {
        String page = html(mvc.perform(get("/intake/new").param("codiceFiscale", "RSSMRA")).andExpect(status().isOk()));

        assertThat(plain(mvc.perform(get("/intake/new").param("codiceFiscale", "RSSMRA"))))
                .contains("Il codice fiscale deve avere 16 caratteri");
        assertThat(tag(page, "codiceFiscale")).contains("aria-invalid=\"true\"", "value=\"RSSMRA\"");
    }

    @Test
    void offersANewPersonWithTheCodiceFiscaleNobodyHas() throws Exception {
        String page = html(mvc.perform(get("/intake/new").param("codiceFiscale", TEST_UNO)).andExpect(status().isOk()));

        assertThat(plain(mvc.perform(get("/intake/new").param("codiceFiscale", TEST_UNO)))).contains("Nessuna persona trovata.");
        assertThat(page).contains("href=\"/intake/new/form?codiceFiscale=" + TEST_UNO + "\"");
    }

    @Test
    void findsByNameOnlyThePersonsTheOperatorMayRead() throws Exception {
        work.intake("Cercata", "Prova", Work.CAMPOSAMPIERO, "disability");
        work.intake("Lontana", "Prova", Work.VIGONZA, "disability");
        testUno();

        String page = html(mvc.perform(get("/intake/new").param("name", "prova")).andExpect(status().isOk()));

        assertThat(Pages.rows(page)).extracting(cells -> cells.get(0)).containsExactly("Prova Cercata");
        assertThat(row(page, "Prova Cercata").get(4)).contains("il modulo dell'accesso ritrova le persone solo dal codice fiscale");
        assertThat(plain(mvc.perform(get("/intake/new").param("name", "u")))).contains("Cognome e nome: scrivi almeno 2 caratteri.");
    }

    @Test
    void prefillsTheStartFormWithThePersonFound() throws Exception {
        testUno();

        String page = html(mvc.perform(get("/intake/new/form").param("codiceFiscale", TEST_UNO)).andExpect(status().isOk()));

        assertThat(plain(mvc.perform(get("/intake/new/form").param("codiceFiscale", TEST_UNO))))
                .contains("Persona: Uno Test, nata/o il 12/03/1985");
        assertThat(tag(page, "field-codiceFiscale")).contains("value=\"" + TEST_UNO + "\"");
        assertThat(tag(page, "field-firstName")).contains("value=\"Test\"");
        assertThat(tag(page, "field-lastName")).contains("value=\"Uno\"");
        assertThat(tag(page, "field-birthDate")).contains("value=\"1985-03-12\"");
        assertThat(tag(page, "field-sex-1")).contains("value=\"M\"", "checked");
        assertThat(tag(page, "field-address")).contains("value=\"Via della Prova 1\"");
        assertThat(page).contains("<option value=\"028019\" selected=\"selected\">Camposampiero</option>");
        assertThat(page).doesNotContain("field-missingFiscalCodeReason");
    }

    @Test
    void refusesThePersonOfAnIdTheOperatorMayNotRead() throws Exception {
        Person stranger = testUno();

        mvc.perform(get("/intake/new/form").param("personId", String.valueOf(stranger.getId()))).andExpect(status().isNotFound());
    }

    @Test
    void registersAnAccessoForTheKnownPersonWithoutASecondRecord() throws Exception {
        Person known = testUno();
        long persons = jdbc.sql(PERSONS).query(Long.class).single();

        mvc.perform(submitted("/intake/new", "codiceFiscale", TEST_UNO, "comune", "028019", "channel", "phone",
                        "requesterKind", "self", "area", "elderly", "need", "Chiede assistenza domiciliare."))
                .andExpect(redirectedUrl("/?view=groups"))
                .andExpect(flash().attribute("intakeStarted", true));

        assertThat(jdbc.sql(PERSONS).query(Long.class).single()).isEqualTo(persons);
        assertThat(intakes.ofPerson(known.getId())).hasSize(1);
        assertThat(Pages.row(html(mvc.perform(get("/").param("view", "groups"))), "Uno Test").get(1)).startsWith("Primo colloquio");
    }

    @Test
    void registersAnAccessoForANewPersonOfTheFrontOfficesComune() throws Exception {
        String form = html(mvc.perform(get("/intake/new/form")).andExpect(status().isOk()));
        assertThat(form).contains("<option value=\"028019\" selected=\"selected\">Camposampiero</option>");

        mvc.perform(submitted("/intake/new", "firstName", "Nuova", "lastName", "Prova", "sex", "F", "birthDate", "1990-01-20",
                        "missingFiscalCodeReason", "NOT_YET_ASSIGNED", "comune", "028019", "channel", "desk",
                        "requesterKind", "self", "area", "poverty-adults", "need", "Cerca lavoro."))
                .andExpect(redirectedUrl("/?view=groups"));

        assertThat(taskService.createTaskQuery().taskCandidateGroup("social-worker@segretariato-028019")
                .processVariableValueEquals("area", "poverty-adults").count()).isEqualTo(1);
    }

    @Test
    void refusesAnIncompleteContactInItalianKeepingWhatWasTyped() throws Exception {
        long persons = jdbc.sql(PERSONS).query(Long.class).single();

        String page = html(mvc.perform(submitted("/intake/new", "firstName", "Incompleta", "lastName", "Prova", "sex", "F",
                        "birthDate", "1990-01-20", "missingFiscalCodeReason", "NOT_YET_ASSIGNED", "comune", "028019",
                        "channel", "desk", "requesterKind", "relative", "area", "poverty-adults"))
                .andExpect(status().isOk()));

        assertThat(page).contains("<a href=\"#field-need\">Bisogno espresso: campo obbligatorio.</a>")
                .contains("<a href=\"#field-requesterDescription\">Richiedente: campo obbligatorio.</a>");
        assertThat(tag(page, "field-firstName")).contains("value=\"Incompleta\"");
        assertThat(tag(page, "field-need")).contains("aria-invalid=\"true\"");
        assertThat(tag(page, "field-requesterKind-1")).contains("checked");
        assertThat(jdbc.sql(PERSONS).query(Long.class).single()).isEqualTo(persons);
    }

    private Person testUno() {
        return people.register(new PersonDetails("Test", "Uno", Sex.M, LocalDate.of(1985, 3, 12), new CadastralCode("B563"),
                "IT", new CodiceFiscale(TEST_UNO), null, new Residence(new IstatCode("028019"), "Via della Prova 1"),
                new Contacts(null, null)));
    }
}
