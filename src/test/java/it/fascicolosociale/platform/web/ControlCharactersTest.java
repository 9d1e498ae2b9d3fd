package it.fascicolosociale.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.casefile.SyntheticFiles;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.organization.UserArea;

/**
 * A control character in any text sent (the null character PostgreSQL cannot store, and the other C0/C1 controls) is
 * refused in one place with a 400 and its own message, before any read or write: a note, a document, a search, the
 * sign-in form and the JSON API alike. Tab and line breaks in a text area stay allowed.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class ControlCharactersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SyntheticFiles files;

    @Autowired
    JdbcTemplate jdbc;

    SocialCase socialCase;

    @BeforeEach
    void aCaseOfElena() {
        socialCase = files.personInCharge("Ottavina", "Nullari", UserArea.DISABILITY, "elena.conte");
    }

    @Test
    void refusesANoteWithANullCharacterAndSavesNothing() throws Exception {
        for (String refused : new String[] {"\u0000", "\u0001", "\u001b", "\u007f", "\u0085", "\u000b"}) {
            mvc.perform(note("Colloquio " + refused + "con la figlia sulla casa e sulle bollette arretrate"))
                    .andExpect(status().isBadRequest()).andExpect(refusedByTheFilter())
                    .andExpect(result -> assertThat(result.getRequest().getAttribute(ErrorPageAttributes.TYPED_TEXTS))
                            .as("the text given back").isEqualTo(java.util.List.of("Colloquio con la figlia sulla casa e sulle bollette arretrate")));
        }
        assertThat(notes()).as("notes saved").isZero();
        mvc.perform(note("Colloquio\tcon la figlia:\r\nconcordata la visita")).andExpect(status().is3xxRedirection());
        assertThat(notes()).as("a note with a tab and line breaks").isOne();
    }

    @Test
    void refusesADocumentWhoseTitleCarriesAControlCharacterAndCleansItsFileName() throws Exception {
        mvc.perform(document("Verbale\u0000", "verbale.pdf")).andExpect(status().isBadRequest()).andExpect(refusedByTheFilter());
        assertThat(jdbc.queryForList("select file_name from case_document where case_id = ?", String.class, socialCase.getId()))
                .as("documents saved").isEmpty();
        mvc.perform(document("Verbale", "verbale\u0000\u0007.pdf")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select file_name from case_document where case_id = ?", String.class, socialCase.getId()))
                .as("the file name kept").singleElement().satisfies(name -> assertThat(ControlCharacterFilter.isRefused(name)).isFalse());
    }

    @Test
    void refusesASearchASignInAndAnApiCallWithANullCharacter() throws Exception {
        mvc.perform(get("/people").param("q", "Nullari\u0000").with(user("elena.conte"))).andExpect(status().isBadRequest())
                .andExpect(refusedByTheFilter());
        mvc.perform(get("/people").param("q\u0000", "Nullari").with(user("elena.conte"))).andExpect(status().isBadRequest());
        mvc.perform(post("/login").with(csrf()).param("username", "elena.conte\u0000").param("password", "x"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/kpi/deliveries-by-area").param("comune", "\u0000").with(user("roberto.marchi")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("caratteri di controllo")));
        mvc.perform(get("/people").param("q", "Nullari").with(user("elena.conte"))).andExpect(status().isOk());
    }

    private MockHttpServletRequestBuilder note(String text) {
        return post("/cases/{id}/notes", socialCase.getId()).with(user("elena.conte")).with(csrf()).param("type", "interview")
                .param("day", "2026-04-10").param("text", text).param("visibility", "team");
    }

    private MockHttpServletRequestBuilder document(String title, String fileName) {
        return multipart("/cases/{id}/documents", socialCase.getId())
                .file(new MockMultipartFile("file", fileName, "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                .param("title", title).param("visibility", "team").with(user("elena.conte")).with(csrf());
    }

    private static org.springframework.test.web.servlet.ResultMatcher refusedByTheFilter() {
        return result -> assertThat(result.getRequest().getAttribute(ErrorPageAttributes.MESSAGE_CODE))
                .as("the message the error page shows").isEqualTo(ControlCharacterFilter.MESSAGE_CODE);
    }

    private int notes() {
        return jdbc.queryForObject("select count(*) from case_note where case_id = ?", Integer.class, socialCase.getId());
    }
}
