package it.fascicolosociale.kpi;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;

/** The dashboard for managers, the page of a comune for its referente, and who may open which. */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class KpiPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    @WithUserDetails("roberto.marchi")
    void showsTheDirectorEverySectionOfTheDashboard() throws Exception {
        for (String section : new String[] {"process", "services", "leps"}) {
            mvc.perform(get("/kpi/" + section).param("from", "2026-01-01").param("to", "2026-06-30"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Definizione")))
                    .andExpect(content().string(containsString("<caption>")));
        }
    }

    @Test
    @WithUserDetails("irene.bortolami")
    void sendsTheReferenteToTheirComune() throws Exception {
        mvc.perform(get("/kpi")).andExpect(redirectedUrl("/kpi/comuni/028032"));
        mvc.perform(get("/kpi/comuni/028032")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cittadella")))
                .andExpect(content().string(not(containsString("Attività per operatore"))));
    }

    @Test
    @WithUserDetails("irene.bortolami")
    void hidesEveryOtherComuneFromTheReferente() throws Exception {
        mvc.perform(get("/kpi/comuni/028100")).andExpect(status().isNotFound());
        mvc.perform(get("/kpi/comuni/028100/export/cost-by-comune.csv")).andExpect(status().isNotFound());
        mvc.perform(get("/kpi/comuni/028100/summary-2026.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/kpi/export/tasks-by-operator.csv")).andExpect(status().isNotFound());
    }

    @Test
    @WithUserDetails("laura.bianchi")
    void refusesASocialWorker() throws Exception {
        mvc.perform(get("/kpi")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("roberto.marchi")
    void explainsAReversedPeriodInItalian() throws Exception {
        mvc.perform(get("/kpi/process").param("from", "2026-05-01").param("to", "2026-04-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("prima di iniziare")));
    }
}
