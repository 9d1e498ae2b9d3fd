package it.fascicolosociale.organization.web;

import static it.fascicolosociale.organization.web.AdminPage.row;
import static it.fascicolosociale.organization.web.AdminPage.submitted;
import static it.fascicolosociale.organization.web.AdminPage.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

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
 * The matrice delle deleghe: who is in charge of each comune and user area on a day, and the bad input
 * refused without changing anything. Columns follow the ISTAT order of the user areas.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
@WithUserDetails("stefano.costa")
class DelegationAdminTest {

    private static final long DEMO_DELEGATIONS = 28 * 7;
    private static final String DELEGATIONS = "select count(*) from delegation";
    private static final int ELDERLY = 4;
    private static final int POVERTY = 6;

    private final MockMvc mvc;
    private final DemoDatabase database;
    private final Clock clock;

    @Autowired
    DelegationAdminTest(MockMvc mvc, JdbcClient jdbc, EntityManager entities, Clock clock) {
        this.mvc = mvc;
        this.database = new DemoDatabase(jdbc, entities);
        this.clock = clock;
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void showsForEachComuneAndAreaTheUnitInChargeOnTheChosenDay() throws Exception {
        String page = matrixOn("2026-03-02");

        assertThat(page).contains("Unità incaricata per comune e area di utenza al 02/03/2026")
                .contains("Povertà, disagio adulti e senza dimora");
        assertThat(page.split("<th scope=\"row\"", -1)).hasSize(28 + 1);
        List<String> camposampiero = row(page, "Camposampiero");
        assertThat(camposampiero.get(ELDERLY)).startsWith("Servizio sociale anziani - Distretto 4");
        assertThat(camposampiero.get(POVERTY)).startsWith("Servizio sociale professionale - Povertà e disagio adulti");
        assertThat(row(page, "Cittadella").get(POVERTY)).startsWith("Servizi sociali - Comune di Cittadella");
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void saysExplicitlyWhereNoDelegationIsInForce() throws Exception {
        String page = matrixOn("2025-12-31");

        assertThat(page.split("nessuna delega", -1)).hasSize(28 * 7 + 1);
        assertThat(row(page, "Vigonza").subList(1, 8)).containsOnly("nessuna delega");
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void showsTodayUnlessADayIsChosen() throws Exception {
        String page = text(mvc.perform(get("/admin/delegations")).andExpect(status().isOk()));

        assertThat(page).contains("name=\"day\" value=\"" + LocalDate.now(clock) + "\"");
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void proposesTheNextFirstOfJanuaryForANewDelegation() throws Exception {
        String page = text(mvc.perform(get("/admin/delegations/new")).andExpect(status().isOk()));

        assertThat(page).contains("name=\"validFrom\" value=\"" + Year.now(clock).plusYears(1) + "-01-01\"");
    }

    @Test
    void registersADelegationAndShowsTheMatrixOnItsFirstDay() throws Exception {
        mvc.perform(submitted("/admin/delegations",
                        delegationForm("028019", "elderly", "ulss6", "anziani-d4", "2025-01-01", "2025-12-31", 0)))
                .andExpect(redirectedUrl("/admin/delegations?day=2025-01-01"));

        assertThat(database.count(DELEGATIONS)).isEqualTo(DEMO_DELEGATIONS + 1);
        List<String> camposampiero = row(matrixOn("2025-01-01"), "Camposampiero");
        assertThat(camposampiero.get(ELDERLY)).startsWith("Servizio sociale anziani - Distretto 4");
        assertThat(camposampiero.get(POVERTY)).isEqualTo("nessuna delega");
    }

    @Test
    void closesADelegationAndHandsTheAreaToAnotherManagingBodyFromTheNextYear() throws Exception {
        long id = delegationId("028032", "poverty-adults");
        mvc.perform(submitted("/admin/delegations/" + id, delegationForm("028032", "poverty-adults", "comune-028032",
                        "servizi-sociali-028032", "2026-01-01", "2026-12-31", database.version("delegation", id))))
                .andExpect(redirectedUrl("/admin/delegations?day=2026-01-01"));
        mvc.perform(submitted("/admin/delegations",
                        delegationForm("028032", "poverty-adults", "ats-ven15", "ssp-poverta", "2027-01-01", "", 0)))
                .andExpect(redirectedUrl("/admin/delegations?day=2027-01-01"));

        assertThat(row(matrixOn("2026-12-31"), "Cittadella").get(POVERTY)).startsWith("Servizi sociali - Comune di Cittadella");
        assertThat(row(matrixOn("2027-01-01"), "Cittadella").get(POVERTY))
                .startsWith("Servizio sociale professionale - Povertà e disagio adulti");
    }

    @Test
    void refusesAnOverlappingPeriodInItalianAndChangesNothing() throws Exception {
        assertThat(refused(delegationForm("028019", "elderly", "ats-ven15", "ssp-multiutenza", "2027-01-01", "", 0)))
                .contains("Il periodo si sovrappone a una delega già registrata per lo stesso comune e la stessa area"
                        + " (dal 01/01/2026). Chiudi prima la delega esistente.")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void refusesAUnitOfAnotherManagingBodyInItalianAndChangesNothing() throws Exception {
        assertThat(refused(delegationForm("028019", "elderly", "ats-ven15", "anziani-d4", "2025-01-01", "2025-12-31", 0)))
                .contains("L'unità Servizio sociale anziani - Distretto 4 non appartiene all'ente gestore scelto.");
    }

    @Test
    void refusesAnEndBeforeTheStartInItalianAndChangesNothing() throws Exception {
        assertThat(refused(delegationForm("028019", "elderly", "ulss6", "anziani-d4", "2025-12-31", "2025-01-01", 0)))
                .contains("La data di fine non può precedere la data di inizio.").contains("href=\"#validTo\"");
    }

    @Test
    void refusesUnknownComuniAndUnitsInItalianAndChangesNothing() throws Exception {
        MultiValueMap<String, String> unknownComune = delegationForm("028019", "elderly", "ulss6", "anziani-d4", "2025-01-01", "", 0);
        unknownComune.set("municipalityId", "9999");
        MultiValueMap<String, String> unknownUnit = delegationForm("028019", "elderly", "ulss6", "anziani-d4", "2025-01-01", "", 0);
        unknownUnit.set("unitId", "9999");

        assertThat(refused(unknownComune)).contains("Il comune indicato (9999) non esiste.");
        assertThat(refused(unknownUnit)).contains("L'unità organizzativa indicata (9999) non esiste.");
    }

    @Test
    void refusesAStaleEditWithAConflictMessageAndKeepsTheSavedData() throws Exception {
        long id = delegationId("028019", "multi-user");
        long version = database.version("delegation", id);
        mvc.perform(submitted("/admin/delegations/" + id,
                        delegationForm("028019", "multi-user", "ats-ven15", "ssp-multiutenza", "2026-01-01", "2026-12-31", version)))
                .andExpect(redirectedUrl("/admin/delegations?day=2026-01-01"));

        String page = text(mvc.perform(submitted("/admin/delegations/" + id,
                        delegationForm("028019", "multi-user", "ats-ven15", "ssp-multiutenza", "2026-01-01", "2027-12-31", version)))
                .andExpect(status().isOk()));

        assertThat(page).contains("Un altro operatore ha modificato questo dato");
        assertThat(database.value("select valid_to from delegation where id = " + id, LocalDate.class))
                .isEqualTo("2026-12-31");
    }

    @Test
    @WithUserDetails("laura.bianchi")
    void isForbiddenToOperatorsWhoAreNotSystemAdministrators() throws Exception {
        mvc.perform(get("/admin/delegations")).andExpect(status().isForbidden());
        mvc.perform(submitted("/admin/delegations",
                        delegationForm("028019", "elderly", "ulss6", "anziani-d4", "2025-01-01", "", 0)))
                .andExpect(status().isForbidden());

        assertThat(database.count(DELEGATIONS)).isEqualTo(DEMO_DELEGATIONS);
    }

    /** The form as the administrator fills it, naming the comune by ISTAT code and body and unit by code. */
    private MultiValueMap<String, String> delegationForm(String istatCode, String area, String managingBody, String unit,
                                                         String from, String to, long version) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("municipalityId", String.valueOf(database.municipalityId(istatCode)));
        form.add("userArea", area);
        form.add("managingBodyId", String.valueOf(database.managingBodyId(managingBody)));
        form.add("unitId", String.valueOf(database.unitId(unit)));
        form.add("validFrom", from);
        form.add("validTo", to);
        form.add("version", String.valueOf(version));
        return form;
    }

    private String matrixOn(String day) throws Exception {
        return text(mvc.perform(get("/admin/delegations").param("day", day)).andExpect(status().isOk()));
    }

    /** The form page shown again after a new delegation is refused, once it is clear that nothing was saved. */
    private String refused(MultiValueMap<String, String> form) throws Exception {
        String page = text(mvc.perform(submitted("/admin/delegations", form)).andExpect(status().isOk()));
        assertThat(database.count(DELEGATIONS)).isEqualTo(DEMO_DELEGATIONS);
        return page;
    }

    private long delegationId(String istatCode, String area) {
        return database.value("select d.id from delegation d join municipality m on m.id = d.municipality_id"
                + " where m.istat_code = '" + istatCode + "' and d.user_area_code = '" + area + "'", Long.class);
    }
}
