package it.fascicolosociale.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.casefile.SyntheticFiles;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.organization.UserArea;

/**
 * Application logs carry ids only: a few journeys with personal data (searches by name and codice fiscale, the
 * person's page and social file, a note, a document, refused input, an emergency access, a codice fiscale typed as a
 * username at sign-in) leave none of the names, codici fiscali, note text, document titles or explanations used in
 * the captured output; and request data carrying line breaks never starts a log line of its own (G25).
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class ApplicationLogsTest {

    private static final String FIRST_NAME = "Zeffirina";
    private static final String LAST_NAME = "Canarinova";
    private static final String CODICE_FISCALE = "NUOTST85C12B563H";
    private static final String NOTE = "Confida una dipendenza dal gioco del marito";
    private static final String TITLE = "Referto canarino";
    private static final String EXPLANATION = "Telefonata canarina dal pronto soccorso";
    private static final String FORGED = "2026-11-27T03:00:00.000Z  INFO 1 --- [main] i.f.access.AccessLog : forged canary";

    @Autowired
    MockMvc mvc;

    @Autowired
    SyntheticFiles files;

    @Test
    void journeysWithPersonalDataLeaveOnlyIdsInTheLogs(CapturedOutput output) throws Exception {
        SocialCase socialCase = files.personInCharge(FIRST_NAME, LAST_NAME, UserArea.DISABILITY, "elena.conte");
        files.testUno();
        var elena = user("elena.conte");

        mvc.perform(get("/people").param("q", LAST_NAME + " " + FIRST_NAME).with(elena)).andExpect(status().isOk());
        mvc.perform(get("/people").param("q", CODICE_FISCALE).with(elena)).andExpect(status().isOk());
        mvc.perform(get("/people/{id}", socialCase.getPersonId()).with(elena)).andExpect(status().isOk());
        mvc.perform(post("/cases/{id}/notes", socialCase.getId()).with(elena).with(csrf()).param("type", "interview")
                .param("day", "2026-04-10").param("text", NOTE).param("visibility", "team")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/{id}/notes", socialCase.getId()).with(elena).with(csrf()).param("type", "interview")
                .param("day", "2099-04-10").param("text", NOTE).param("visibility", "team")).andExpect(status().isOk());
        mvc.perform(multipart("/cases/{id}/documents", socialCase.getId()).file(new MockMultipartFile("file", TITLE + ".pdf",
                "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))).param("title", TITLE)
                .param("visibility", "team").with(elena).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/{id}", socialCase.getId()).with(elena)).andExpect(status().isOk());
        mvc.perform(post("/emergency-access").with(user("paolo.gallo")).with(csrf()).param("codiceFiscale", CODICE_FISCALE)
                .param("reason", "risk-to-life").param("explanation", EXPLANATION)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/login").with(csrf()).param("username", CODICE_FISCALE).param("password", NOTE))
                .andExpect(status().is3xxRedirection());

        assertThat(output.getAll()).as("the journeys ran with logging on").contains("Emergency access ", "uploaded to case");
        for (String secret : List.of(FIRST_NAME, LAST_NAME, CODICE_FISCALE, NOTE, TITLE, EXPLANATION)) {
            assertThat(output.getAll()).as("logs contain " + secret).doesNotContainIgnoringCase(secret);
        }
    }

    /**
     * A day that fails to convert is logged by Spring with the value sent, and a username typed at sign-in reaches the
     * security filters: with line breaks in them, what follows the break stays on the line the application wrote.
     */
    @Test
    void requestDataWithLineBreaksNeverStartsALogLine(CapturedOutput output) throws Exception {
        for (String lineBreak : List.of("\r\n", "\n", "\r", "\u2028")) {
            mvc.perform(get("/admin/delegations").param("day", "2026-04-10" + lineBreak + FORGED)
                    .with(user("stefano.costa").roles("SYSTEM_ADMIN")));
            mvc.perform(post("/login").with(csrf()).param("username", "nessuno" + lineBreak + FORGED).param("password", "x"));
        }

        assertThat(output.getAll()).as("the value that failed to convert is logged").contains(FORGED);
        assertThat(output.getAll().split("\\R")).as("log lines the application never wrote")
                .noneMatch(line -> line.startsWith(FORGED));
    }
}
