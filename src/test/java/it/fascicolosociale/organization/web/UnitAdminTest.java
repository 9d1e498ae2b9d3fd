package it.fascicolosociale.organization.web;

import static it.fascicolosociale.organization.web.AdminPage.row;
import static it.fascicolosociale.organization.web.AdminPage.submitted;
import static it.fascicolosociale.organization.web.AdminPage.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
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
 * The units page: what the system administrator sees, and the bad input it refuses without changing anything.
 * The pages that only read run outside a test transaction, as in production, where nothing loads lazily.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
@WithUserDetails("stefano.costa")
class UnitAdminTest {

    private static final String UNITS = "select count(*) from organizational_unit";

    private final MockMvc mvc;
    private final DemoDatabase database;
    private final JdbcClient jdbc;

    @Autowired
    UnitAdminTest(MockMvc mvc, JdbcClient jdbc, EntityManager entities) {
        this.mvc = mvc;
        this.database = new DemoDatabase(jdbc, entities);
        this.jdbc = jdbc;
    }

    private long unitsBefore;

    @BeforeEach
    void countUnits() {
        unitsBefore = jdbc.sql(UNITS).query(Long.class).single();
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void listsTheUnitsWithManagingBodyFunctionAreaAndCoverage() throws Exception {
        String page = text(mvc.perform(get("/admin/units")).andExpect(status().isOk()));

        assertThat(page).contains(unitsBefore + " unità organizzative");
        assertThat(row(page, "Servizio sociale anziani - Distretto 4")).containsExactly(
                "Servizio sociale anziani - Distretto 4", "anziani-d4", "Azienda ULSS 6 Euganea",
                "Servizio sociale professionale", "Anziani", "28", "Sì", "Modifica");
        assertThat(row(page, "Segretariato sociale - Camposampiero")).containsSubsequence(
                "Azienda speciale consortile ATS Alta Padovana", "Segretariato sociale / sportello", "Tutte le aree", "1");
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void showsAUnitWithItsCoveredComuniTicked() throws Exception {
        String page = text(mvc.perform(get("/admin/units/" + database.unitId("segretariato-028019")))
                .andExpect(status().isOk()));

        assertThat(page).contains("Modifica unità: Segretariato sociale - Camposampiero")
                .contains("value=\"" + database.municipalityId("028019") + "\" checked")
                .doesNotContain("value=\"" + database.municipalityId("028032") + "\" checked");
    }

    @Test
    void registersANewUnitCoveringTheChosenComuni() throws Exception {
        MultiValueMap<String, String> form = unitForm("ssp-anziani-ats", "Servizio sociale anziani - ATS", "ats-ven15", 0);
        form.add("coveredMunicipalityIds", String.valueOf(database.municipalityId("028019")));
        form.add("coveredMunicipalityIds", String.valueOf(database.municipalityId("028032")));
        form.set("active", "true");

        mvc.perform(submitted("/admin/units", form)).andExpect(redirectedUrl("/admin/units"));

        long id = database.unitId("ssp-anziani-ats");
        assertThat(database.count("select count(*) from unit_coverage where unit_id = " + id)).isEqualTo(2);
        assertThat(database.count(UNITS + " where id = " + id
                + " and user_area_code = 'elderly' and function = 'social-work' and active")).isOne();
    }

    @Test
    void describesAUnitAndItsCoverage() throws Exception {
        long id = database.unitId("segretariato-028019");
        MultiValueMap<String, String> form = unitForm("segretariato-028019", "Sportello sociale - Camposampiero",
                "ats-ven15", database.version("organizational_unit", id));
        form.set("function", "front-office");
        form.set("userArea", "");
        form.add("coveredMunicipalityIds", String.valueOf(database.municipalityId("028019")));
        form.add("coveredMunicipalityIds", String.valueOf(database.municipalityId("028020")));

        mvc.perform(submitted("/admin/units/" + id, form)).andExpect(redirectedUrl("/admin/units"));

        assertThat(database.count(UNITS + " where id = " + id
                + " and name = 'Sportello sociale - Camposampiero' and user_area_code is null and not active")).isOne();
        assertThat(database.count("select count(*) from unit_coverage where unit_id = " + id)).isEqualTo(2);
    }

    @Test
    void refusesADuplicateCodeInItalianAndChangesNothing() throws Exception {
        assertThat(refused(unitForm("ssp-minori", "Doppione", "ats-ven15", 0)))
                .contains("Esiste già un'unità organizzativa con codice ssp-minori.")
                .contains("aria-invalid=\"true\"").contains("value=\"Doppione\"");
    }

    @Test
    void refusesAnUnknownManagingBodyInItalianAndChangesNothing() throws Exception {
        MultiValueMap<String, String> form = unitForm("nuova-unita", "Nuova unità", "ats-ven15", 0);
        form.set("managingBodyId", "999");

        assertThat(refused(form)).contains("L'ente gestore indicato (999) non esiste.");
    }

    @Test
    void refusesAMalformedCodeInItalianAndChangesNothing() throws Exception {
        assertThat(refused(unitForm("Nuova Unità", "Nuova unità", "ats-ven15", 0)))
                .contains("Il codice dell'unità può contenere solo lettere minuscole, cifre e trattini");
    }

    @Test
    void refusesAMissingFunctionInItalianAndChangesNothing() throws Exception {
        MultiValueMap<String, String> form = unitForm("nuova-unita", "Nuova unità", "ats-ven15", 0);
        form.set("function", "");

        assertThat(refused(form)).contains("Indica la funzione dell'unità.");
    }

    @Test
    void refusesAStaleEditWithAConflictMessageAndKeepsTheSavedData() throws Exception {
        long id = database.unitId("ssp-minori");
        long version = database.version("organizational_unit", id);
        mvc.perform(submitted("/admin/units/" + id, unitForm("ssp-minori", "Servizio minori", "ats-ven15", version)))
                .andExpect(redirectedUrl("/admin/units"));

        String page = text(mvc.perform(submitted("/admin/units/" + id,
                        unitForm("ssp-minori", "Servizio famiglie", "ats-ven15", version)))
                .andExpect(status().isOk()));

        assertThat(page).contains("Un altro operatore ha modificato questo dato");
        assertThat(database.value("select name from organizational_unit where id = " + id, String.class))
                .isEqualTo("Servizio minori");
    }

    @Test
    void answersATamperedSelectWithABadRequestInItalian() throws Exception {
        MultiValueMap<String, String> form = unitForm("nuova-unita", "Nuova unità", "ats-ven15", 0);
        form.set("managingBodyId", "abc");

        String page = text(mvc.perform(submitted("/admin/units", form)).andExpect(status().isBadRequest()));

        assertThat(page).contains("Alcuni valori inviati non sono leggibili");
        assertThat(database.count(UNITS)).isEqualTo(unitsBefore);
    }

    @Test
    @WithUserDetails("laura.bianchi")
    void isForbiddenToOperatorsWhoAreNotSystemAdministrators() throws Exception {
        mvc.perform(get("/admin/units")).andExpect(status().isForbidden());
        mvc.perform(submitted("/admin/units", unitForm("nuova-unita", "Nuova unità", "ats-ven15", 0)))
                .andExpect(status().isForbidden());

        assertThat(database.count(UNITS)).isEqualTo(unitsBefore);
    }

    /** A social work unit for the elderly, inactive and covering no comune unless the test says otherwise. */
    private MultiValueMap<String, String> unitForm(String code, String name, String managingBody, long version) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("code", code);
        form.add("name", name);
        form.add("managingBodyId", String.valueOf(database.managingBodyId(managingBody)));
        form.add("function", "social-work");
        form.add("userArea", "elderly");
        form.add("version", String.valueOf(version));
        return form;
    }

    /** The form page shown again after a new unit is refused, once it is clear that nothing was saved. */
    private String refused(MultiValueMap<String, String> form) throws Exception {
        String page = text(mvc.perform(submitted("/admin/units", form)).andExpect(status().isOk()));
        assertThat(database.count(UNITS)).isEqualTo(unitsBefore);
        return page;
    }
}
