package it.fascicolosociale.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.casefile.CaseFiles;
import it.fascicolosociale.casefile.SyntheticFiles;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.notes.DocumentUpload;
import it.fascicolosociale.notes.NoteDraft;
import it.fascicolosociale.notes.NoteType;
import it.fascicolosociale.notes.Visibility;
import it.fascicolosociale.organization.UserArea;

/**
 * Oscuramento: the case manager records the person's request and the chosen note or document disappears for the
 * other services (listing and download), stays for the team, and comes back when revoked; nobody else records it.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class ConcealmentPagesTest {

    private static final String MANAGER = "elena.conte";
    private static final String TEAM = "luca.fontana";
    private static final String OTHER_SERVICE = "giorgio.moretti";
    private static final String NOTE_TEXT = "Riferisce un ricovero in psichiatria nel 2019.";

    @Autowired
    MockMvc mvc;

    @Autowired
    SyntheticFiles files;

    @Autowired
    CaseFiles caseFiles;

    @Autowired
    Cases cases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccessLogRows log;

    private Long caseId;
    private Long noteId;
    private Long documentId;

    @BeforeEach
    void aFileWithANoteAndADocumentForAllUnits() {
        caseId = files.personInCharge("Oscura", "Prova", UserArea.DISABILITY, MANAGER).getId();
        cases.addToTeam(caseId, TEAM, "giorgio.moretti");
        noteId = caseFiles.writeNote(MANAGER, caseId, new NoteDraft(NoteType.INTERVIEW, LocalDate.of(2026, 4, 1), NOTE_TEXT, Visibility.ALL_UNITS));
        documentId = caseFiles.upload(MANAGER, caseId, new DocumentUpload("Certificato", "certificato.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), Visibility.ALL_UNITS)).id();
    }

    @Test
    void theConcealedItemsDisappearForOtherServicesAndStayForTheTeam() throws Exception {
        assertThat(page(OTHER_SERVICE)).contains(NOTE_TEXT, "Certificato");
        long mark = log.mark();

        conceal("note-" + noteId, "person").andExpect(flash().attribute("concealmentDone", "case.concealment.recorded"));
        conceal("document-" + documentId, "guardian").andExpect(flash().attribute("concealmentDone", "case.concealment.recorded"));

        assertThat(page(OTHER_SERVICE)).doesNotContain(NOTE_TEXT).doesNotContain("Certificato");
        mvc.perform(get("/cases/{id}/documents/{d}", caseId, documentId).with(user(OTHER_SERVICE))).andExpect(status().isNotFound());
        assertThat(page(TEAM)).contains(NOTE_TEXT, "Certificato");
        mvc.perform(get("/cases/{id}/documents/{d}", caseId, documentId).with(user(TEAM))).andExpect(status().isOk());
        assertThat(page(MANAGER)).contains("Chiesto da: la persona", "Chiesto da: il tutore o l&#39;amministratore di sostegno");
        assertThat(log.after(mark)).filteredOn(row -> "concealment".equals(row.itemType())).hasSize(2)
                .allSatisfy(row -> assertThat(row.action()).isEqualTo("WRITE"));
    }

    @Test
    void aRevokedConcealmentShowsTheItemAgain() throws Exception {
        conceal("note-" + noteId, "person");
        Long concealmentId = jdbc.sql("select id from concealment where case_id = :id").param("id", caseId).query(Long.class).single();

        mvc.perform(post("/cases/{id}/concealments/{c}/revoke", caseId, concealmentId).with(csrf()).with(user(MANAGER)))
                .andExpect(flash().attribute("concealmentDone", "case.concealment.revoked"));

        assertThat(page(OTHER_SERVICE)).contains(NOTE_TEXT);
        assertThat(jdbc.sql("select revoked_by from concealment where id = :id").param("id", concealmentId).query(String.class).single())
                .isEqualTo(MANAGER);
    }

    @Test
    void onlyTheCaseManagerRecordsItAndBadRequestsChangeNothing() throws Exception {
        mvc.perform(post("/cases/{id}/concealments", caseId).with(csrf()).with(user(TEAM)).param("item", "note-" + noteId)
                        .param("requestedBy", "person").param("requestedOn", "2026-04-02"))
                .andExpect(flash().attribute("concealmentError", "error.concealment.case-manager-only"));
        conceal("note-" + noteId, "").andExpect(flash().attribute("concealmentError", "error.concealment.requester-required"));
        conceal("note-987654", "person").andExpect(flash().attribute("concealmentError", "error.concealment.item-required"));

        assertThat(jdbc.sql("select count(*) from concealment where case_id = :id").param("id", caseId).query(Long.class).single()).isZero();
        assertThat(page(TEAM)).doesNotContain("Registra una richiesta di oscuramento");
        mvc.perform(post("/cases/{id}/concealments", caseId).with(csrf()).with(user("paolo.gallo")).param("item", "note-" + noteId)
                .param("requestedBy", "person").param("requestedOn", "2026-04-02")).andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.ResultActions conceal(String item, String requestedBy) throws Exception {
        return mvc.perform(post("/cases/{id}/concealments", caseId).with(csrf()).with(user(MANAGER)).param("item", item)
                .param("requestedBy", requestedBy).param("requestedOn", "2026-04-02"));
    }

    private String page(String operator) throws Exception {
        return mvc.perform(get("/cases/{id}", caseId).with(user(operator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
