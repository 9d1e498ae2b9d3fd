package it.fascicolosociale.casefile.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.casefile.SyntheticFiles;
import it.fascicolosociale.organization.UserArea;

/** Diary notes written on the social file page: with and without htmx, refused in Italian keeping what was typed. */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
@WithUserDetails("elena.conte")
class CaseNotesPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SyntheticFiles files;

    @Autowired
    JdbcClient jdbc;

    @Test
    void writesANoteAndGoesBackToItOnTheFile() throws Exception {
        Long caseId = caseOfElena();

        mvc.perform(note(caseId, "home-visit", LocalDate.now().minusDays(3).toString(), "Casa in ordine, la madre collabora.", "team"))
                .andExpect(redirectedUrlPattern("/cases/" + caseId + "#note-*"));

        assertThat(notes(caseId)).isOne();
        mvc.perform(get("/cases/{id}", caseId))
                .andExpect(content().string(containsString("Visita domiciliare (Équipe del caso)")))
                .andExpect(content().string(containsString("Casa in ordine, la madre collabora.")));
    }

    @Test
    void answersHtmxWithTheEmptyFormAndTheTimelineWithTheNewNoteToFocus() throws Exception {
        Long caseId = caseOfElena();

        mvc.perform(note(caseId, "phone-call", LocalDate.now().toString(), "Telefonata con la sorella.", "team").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"note-form-panel\"")))
                .andExpect(content().string(containsString("Annotazione aggiunta al diario.")))
                .andExpect(content().string(containsString("hx-swap-oob=\"true\"")))
                .andExpect(content().string(containsString("data-new-note=\"true\"")))
                .andExpect(content().string(containsString("Telefonata con la sorella.")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void refusesAMissingTextAndAFutureDayInItalianKeepingWhatWasTyped() throws Exception {
        Long caseId = caseOfElena();

        mvc.perform(note(caseId, "interview", "", "", "team"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Il modulo contiene errori")))
                .andExpect(content().string(containsString("Scrivi il testo dell&#39;annotazione.")))
                .andExpect(content().string(containsString("Indica la data a cui si riferisce l&#39;annotazione.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(note(caseId, "interview", LocalDate.now().plusDays(2).toString(), "Colloquio previsto.", "restricted"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La data dell&#39;annotazione non può essere successiva a oggi.")))
                .andExpect(content().string(containsString("Colloquio previsto.")));
        mvc.perform(note(caseId, "interview", "31/02/2026", "Data impossibile.", "team"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indica una data che esiste")));

        assertThat(notes(caseId)).isZero();
    }

    @Test
    void answersHtmxWithTheFormAndItsErrorsOnly() throws Exception {
        Long caseId = caseOfElena();

        mvc.perform(note(caseId, "interview", LocalDate.now().toString(), " ", "team").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-error-summary")))
                .andExpect(content().string(not(containsString("id=\"timeline\""))));
        assertThat(notes(caseId)).isZero();
    }

    @Test
    void showsARestrictedNoteOnlyToItsAuthorAndTheCaseManager() throws Exception {
        Long caseId = caseOfElena();
        mvc.perform(note(caseId, "report", LocalDate.now().toString(), "Nota riservata sulla salute.", "restricted"));

        mvc.perform(get("/cases/{id}", caseId).with(user("giorgio.moretti")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Nota riservata sulla salute."))));
    }

    @Test
    @WithUserDetails("paolo.gallo")
    void refusesANoteOnACaseTheOperatorMayNotReadAsNotFound() throws Exception {
        Long caseId = caseOfElena();

        mvc.perform(note(caseId, "interview", LocalDate.now().toString(), "Intruso.", "team")).andExpect(status().isNotFound());
        mvc.perform(note(987654321L, "interview", LocalDate.now().toString(), "Nessun caso.", "team")).andExpect(status().isNotFound());
        assertThat(notes(caseId)).isZero();
    }

    private Long caseOfElena() {
        return files.personInCharge("Marta", "Zanella", UserArea.DISABILITY, "elena.conte").getId();
    }

    private static MockHttpServletRequestBuilder note(Long caseId, String type, String day, String text, String visibility) {
        return post("/cases/{id}/notes", caseId).with(csrf())
                .param("type", type).param("day", day).param("text", text).param("visibility", visibility);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor user(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(username)
                .roles("COORDINATOR");
    }

    private long notes(Long caseId) {
        return jdbc.sql("select count(*) from case_note where case_id = :id").param("id", caseId).query(Long.class).single();
    }
}
