package it.fascicolosociale.organization.web;

import static it.fascicolosociale.organization.web.AdminPage.row;
import static it.fascicolosociale.organization.web.AdminPage.submitted;
import static it.fascicolosociale.organization.web.AdminPage.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import it.fascicolosociale.IntegrationTest;

/**
 * The operators page: accounts and their roles, the bad input it refuses without changing anything, and
 * never a password or its hash on the page.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
@WithUserDetails("stefano.costa")
class OperatorAdminTest {

    private static final long DEMO_OPERATORS = 15;
    private static final long DEMO_ASSIGNMENTS = 27;
    private static final String OPERATORS = "select count(*) from operator";
    private static final String PASSWORD = "Nuova-Password-2026";

    private final MockMvc mvc;
    private final DemoDatabase database;

    @Autowired
    OperatorAdminTest(MockMvc mvc, JdbcClient jdbc, EntityManager entities) {
        this.mvc = mvc;
        this.database = new DemoDatabase(jdbc, entities);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void listsTheOperatorsWithTheRolesInForceToday() throws Exception {
        String page = text(mvc.perform(get("/admin/operators")).andExpect(status().isOk()));

        assertThat(row(page, "Bianchi")).containsExactly("Bianchi", "Laura", "laura.bianchi",
                "laura.bianchi@demo.fascicolosociale.invalid", "Sì",
                "Assistente sociale – Segretariato sociale - Camposampiero", "Modifica");
        assertThat(row(page, "Moretti").get(5))
                .contains("Coordinatore – Servizio sociale professionale - Famiglia e minori")
                .contains("Coordinatore – Servizio sociale professionale - Multiutenza");
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void showsAnOperatorWithTheirRolesAndTwoEmptyRowsButNeverThePassword() throws Exception {
        String page = text(mvc.perform(get("/admin/operators/" + database.operatorId("marta.greco")))
                .andExpect(status().isOk()));

        assertThat(page).contains("Modifica operatore: marta.greco")
                .contains("Ruolo n. 4").doesNotContain("Ruolo n. 5")
                .contains("name=\"assignments[1].unitId\"")
                .doesNotContain("$2a$");
    }

    @Test
    void registersAnOperatorWithARoleIgnoringTheEmptyRow() throws Exception {
        MultiValueMap<String, String> form = operatorForm("mario.rossi", PASSWORD, 0);
        assignment(form, 0, "social-worker", "ssp-minori", "2026-12-01", "");
        assignment(form, 1, "", null, "", "");

        mvc.perform(submitted("/admin/operators", form)).andExpect(redirectedUrl("/admin/operators"));

        long id = database.operatorId("mario.rossi");
        assertThat(database.count("select count(*) from role_assignment where operator_id = " + id
                + " and role_code = 'social-worker' and valid_from = date '2026-12-01' and valid_to is null")).isOne();
        assertThat(database.count("select count(*) from role_assignment where operator_id = " + id)).isOne();
        assertThat(passwordHash(id)).startsWith("$2").doesNotContain(PASSWORD);
    }

    @Test
    void updatesAnOperatorAndAddsARoleKeepingThePasswordWhenLeftBlank() throws Exception {
        long id = database.operatorId("laura.bianchi");
        String hash = passwordHash(id);
        MultiValueMap<String, String> form = operatorForm("laura.bianchi", "", database.version("operator", id));
        form.set("email", "l.bianchi@comune.camposampiero.pd.it");
        assignment(form, 0, "social-worker", "segretariato-028019", "2026-01-01", "2026-12-31");
        assignment(form, 1, "social-worker", "ssp-minori", "2027-01-01", "");

        mvc.perform(submitted("/admin/operators/" + id, form)).andExpect(redirectedUrl("/admin/operators"));

        assertThat(database.count(OPERATORS + " where id = " + id + " and email = 'l.bianchi@comune.camposampiero.pd.it'"))
                .isOne();
        assertThat(database.count("select count(*) from role_assignment where operator_id = " + id)).isEqualTo(2);
        assertThat(passwordHash(id)).isEqualTo(hash);
    }

    @Test
    void refusesADuplicateUsernameInItalianAndChangesNothing() throws Exception {
        assertThat(refused(operatorForm("laura.bianchi", PASSWORD, 0)))
                .contains("Esiste già un operatore con nome utente laura.bianchi.").contains("aria-invalid=\"true\"");
    }

    @Test
    void refusesAShortPasswordInItalianWithoutShowingItAndChangesNothing() throws Exception {
        assertThat(refused(operatorForm("mario.rossi", "Corta-2026", 0)))
                .contains("La password deve avere almeno 12 caratteri.").doesNotContain("Corta-2026");
    }

    @Test
    void refusesAnUnknownUnitInAnAssignmentInItalianAndChangesNothing() throws Exception {
        MultiValueMap<String, String> form = operatorForm("mario.rossi", PASSWORD, 0);
        assignment(form, 0, "social-worker", "ssp-minori", "2026-12-01", "");
        form.set("assignments[0].unitId", "999");

        assertThat(refused(form)).contains("L'unità organizzativa indicata (999) non esiste.");
    }

    @Test
    void refusesAnIncompleteOrReversedAssignmentRowOnItsFields() throws Exception {
        MultiValueMap<String, String> form = operatorForm("mario.rossi", PASSWORD, 0);
        assignment(form, 0, "educator", null, "", "");
        assignment(form, 1, "social-worker", "ssp-minori", "2027-01-01", "2026-12-31");

        assertThat(refused(form)).contains("Indica l'unità organizzativa.").contains("Indica da quando vale il ruolo.")
                .contains("La data di fine non può precedere la data di inizio.")
                .contains("href=\"#assignments[1].validTo\"");
    }

    @Test
    void refusesAStaleEditWithAConflictMessageAndKeepsTheSavedData() throws Exception {
        long id = database.operatorId("elena.conte");
        long version = database.version("operator", id);
        MultiValueMap<String, String> first = operatorForm("elena.conte", "", version);
        first.set("lastName", "Conte Rossi");
        mvc.perform(submitted("/admin/operators/" + id, first)).andExpect(redirectedUrl("/admin/operators"));

        MultiValueMap<String, String> second = operatorForm("elena.conte", "", version);
        second.set("lastName", "Conti");
        String page = text(mvc.perform(submitted("/admin/operators/" + id, second)).andExpect(status().isOk()));

        assertThat(page).contains("Un altro operatore ha modificato questo dato");
        assertThat(database.value("select last_name from operator where id = " + id, String.class)).isEqualTo("Conte Rossi");
    }

    @Test
    @WithUserDetails("laura.bianchi")
    void isForbiddenToOperatorsWhoAreNotSystemAdministrators() throws Exception {
        mvc.perform(get("/admin/operators")).andExpect(status().isForbidden());
        mvc.perform(submitted("/admin/operators", operatorForm("mario.rossi", PASSWORD, 0)))
                .andExpect(status().isForbidden());

        assertThat(database.count(OPERATORS)).isEqualTo(DEMO_OPERATORS);
    }

    /** An enabled operator named Mario Rossi, without roles unless the test adds rows. */
    private static MultiValueMap<String, String> operatorForm(String username, String password, long version) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("firstName", "Mario");
        form.add("lastName", "Rossi");
        form.add("email", "mario.rossi@demo.fascicolosociale.invalid");
        form.add("enabled", "true");
        form.add("password", password);
        form.add("version", String.valueOf(version));
        return form;
    }

    private void assignment(MultiValueMap<String, String> form, int row, String role, String unit, String from, String to) {
        String prefix = "assignments[" + row + "].";
        form.add(prefix + "role", role);
        form.add(prefix + "unitId", unit == null ? "" : String.valueOf(database.unitId(unit)));
        form.add(prefix + "validFrom", from);
        form.add(prefix + "validTo", to);
    }

    private String passwordHash(long operatorId) {
        return database.value("select password_hash from operator where id = " + operatorId, String.class);
    }

    /** The form page shown again after a new operator is refused, once it is clear that nothing was saved. */
    private String refused(MultiValueMap<String, String> form) throws Exception {
        String page = text(mvc.perform(submitted("/admin/operators", form)).andExpect(status().isOk()));
        assertThat(database.count(OPERATORS)).isEqualTo(DEMO_OPERATORS);
        assertThat(database.count("select count(*) from role_assignment")).isEqualTo(DEMO_ASSIGNMENTS);
        return page;
    }
}
