package it.fascicolosociale.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;

/** The comuni page: what the system administrator sees, and the bad input it refuses without changing anything. */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
@WithUserDetails("stefano.costa")
class MunicipalityAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listsTheComuniWithTheirCodes() throws Exception {
        mvc.perform(get("/admin/municipalities"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Camposampiero")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("028019")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("28 comuni, 256.664 abitanti in totale")));
    }

    @Test
    void registersANewComuneWithItsManagingBody() throws Exception {
        mvc.perform(newComune("028001", "Abano Terme", "A001", "19000"))
                .andExpect(redirectedUrl("/admin/municipalities"));

        assertThat(count("select count(*) from municipality where istat_code = '028001'")).isOne();
        assertThat(count("select count(*) from managing_body where code = 'comune-028001'")).isOne();
    }

    @Test
    void refusesADuplicateIstatCodeInItalianAndChangesNothing() throws Exception {
        mvc.perform(newComune("028019", "Doppione", "Z999", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Esiste già un comune con codice ISTAT 028019.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("aria-invalid=\"true\"")));

        assertThat(count("select count(*) from municipality")).isEqualTo(28);
    }

    @Test
    void refusesADuplicateCadastralCodeInItalianAndChangesNothing() throws Exception {
        mvc.perform(newComune("028998", "Doppione", "B563", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Esiste già un comune con codice catastale B563.")));

        assertThat(count("select count(*) from municipality")).isEqualTo(28);
    }

    @Test
    void refusesMalformedCodesAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(newComune("28A", "Nuovo comune", "b56", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Il codice ISTAT deve essere di 6 cifre.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Il codice catastale (Belfiore) è una lettera maiuscola")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Nuovo comune\"")));

        assertThat(count("select count(*) from municipality")).isEqualTo(28);
    }

    @Test
    void refusesAStaleEditWithAConflictMessageAndKeepsTheSavedData() throws Exception {
        long version = jdbc.sql("select version from municipality where istat_code = '028019'").query(Long.class).single();
        mvc.perform(correction(version, "Camposampiero", "11900")).andExpect(redirectedUrl("/admin/municipalities"));

        mvc.perform(correction(version, "Camposampiero", "99999"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Un altro operatore ha modificato questo dato")));

        assertThat(count("select population from municipality where istat_code = '028019'")).isEqualTo(11_900);
    }

    @Test
    @WithUserDetails("laura.bianchi")
    void isForbiddenToOperatorsWhoAreNotSystemAdministrators() throws Exception {
        mvc.perform(get("/admin/municipalities")).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder newComune(String istat, String name, String cadastral, String population) {
        return post("/admin/municipalities").with(csrf())
                .param("istatCode", istat).param("name", name).param("cadastralCode", cadastral)
                .param("population", population).param("populationYear", "2024").param("version", "0");
    }

    private MockHttpServletRequestBuilder correction(long version, String name, String population) {
        return post("/admin/municipalities/028019").with(csrf())
                .param("istatCode", "028019").param("name", name).param("cadastralCode", "B563")
                .param("population", population).param("populationYear", "2021").param("version", String.valueOf(version));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
