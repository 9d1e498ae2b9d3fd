package it.fascicolosociale.casefile.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.casefile.CaseJourney;
import it.fascicolosociale.workflow.cases.OpenCases.OpenCase;

/** The social file page of a case that went through several steps: header, position, tasks, PAI, one timeline. */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
@WithUserDetails("elena.conte")
class CaseFilePageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseJourney journey;

    @Test
    void showsTheHeaderAndWhereTheProcessWaitsInWords() throws Exception {
        OpenCase opened = journey.planWaitingForApproval();

        mvc.perform(get("/cases/{id}", opened.caseId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fascicolo sociale di Caso Prova")))
                .andExpect(content().string(containsString("Elena Conte")))
                .andExpect(content().string(containsString("Camposampiero")))
                .andExpect(content().string(containsString("Disabili")))
                .andExpect(content().string(containsString(
                        "Approvazione del PAI, Responsabile d&#39;area \u2014 Servizio sociale professionale - Disabili")))
                .andExpect(content().string(containsString("/tasks/")));
    }

    @Test
    void showsEveryStepInOneTimelineInDateOrder() throws Exception {
        OpenCase opened = journey.planInForce();

        String page = mvc.perform(get("/cases/{id}", opened.caseId())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).containsSubsequence(
                "Presa in carico avviata; responsabile del caso: Elena Conte",
                "Completata l&#39;attività «Primo colloquio del responsabile del caso»",
                "Completata l&#39;attività «Valutazione sociale»",
                "PAI versione 1 redatto",
                "Completata l&#39;attività «Redazione del PAI»",
                "PAI versione 1 approvato",
                "Completata l&#39;attività «Approvazione del PAI»");
        assertThat(page).contains("di Chiara Longo", "di Elena Conte");
    }

    @Test
    void showsThePlanInForceWithItsGoalsAndTheNextReview() throws Exception {
        OpenCase opened = journey.planInForce();

        mvc.perform(get("/cases/{id}", opened.caseId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Versione 1, approvata da Chiara Longo")))
                .andExpect(content().string(containsString("Autonomia negli spostamenti in casa")))
                .andExpect(content().string(containsString("In corso")))
                .andExpect(content().string(containsString("Proposta di chiusura del caso, Elena Conte")))
                .andExpect(content().string(containsString("Revisione periodica")))
                .andExpect(content().string(containsString("/cases/" + opened.caseId() + "/plan.pdf")));
    }

    @Test
    @WithUserDetails("paolo.gallo")
    void answersNotFoundToAnOperatorWithoutAccessAsToAMissingCase() throws Exception {
        OpenCase opened = journey.planWaitingForApproval();

        String refused = mvc.perform(get("/cases/{id}", opened.caseId())).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Caso Prova"))))
                .andReturn().getResponse().getContentAsString();
        String missing = mvc.perform(get("/cases/{id}", 987654321L)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();

        assertThat(mainOf(refused)).isEqualTo(mainOf(missing)).contains("La pagina o il dato richiesto non esiste.");
    }

    /** The page's own content, without the header that carries the session's CSRF token. */
    static String mainOf(String page) {
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }
}
