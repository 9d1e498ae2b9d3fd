package it.fascicolosociale.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.casefile.CaseJourney;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.privacy.AccessLogRows.Row;
import it.fascicolosociale.workflow.cases.OpenCases.OpenCase;

/**
 * Every permitted page and action on a file leaves exactly the access-log rows it should: who, in which unit and
 * role, on which person, case and item, what they did and why. Refused ones leave none.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class AccessLogCompletenessTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseJourney journey;

    @Autowired
    Cases cases;

    @Autowired
    AccessLogRows log;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    it.fascicolosociale.casefile.SyntheticFiles files;

    @Test
    @WithUserDetails("elena.conte")
    void everyPageAndActionOfTheCaseManagerLeavesItsRow() throws Exception {
        OpenCase opened = journey.planInForce();
        Long caseId = opened.caseId();
        Long personId = cases.get(caseId).getPersonId();
        long mark = log.mark();

        mvc.perform(get("/cases/{id}", caseId)).andExpect(status().isOk());
        mvc.perform(post("/cases/{id}/notes", caseId).with(csrf()).param("type", "interview").param("day", "2026-04-10")
                .param("text", "Colloquio di verifica.").param("visibility", "team")).andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/cases/{id}/documents", caseId).file(new MockMultipartFile("file", "verbale.pdf", "application/pdf", PDF))
                .param("title", "Verbale").param("visibility", "team").with(csrf())).andExpect(status().is3xxRedirection());
        Long noteId = lastId("case_note", caseId);
        Long documentId = lastId("case_document", caseId);
        mvc.perform(get("/cases/{id}/documents/{document}", caseId, documentId)).andExpect(status().isOk());
        mvc.perform(get("/cases/{id}/plan.pdf", caseId)).andExpect(status().isOk());
        mvc.perform(get("/people/{id}", personId)).andExpect(status().isOk());

        assertThat(log.after(mark)).containsExactly(
                row(personId, caseId, null, null, "READ"),
                row(personId, caseId, "note", noteId, "WRITE"),
                row(personId, caseId, "document", documentId, "WRITE"),
                row(personId, caseId, "document", documentId, "DOWNLOAD"),
                row(personId, caseId, "plan-pdf", caseId, "DOWNLOAD"),
                row(personId, null, null, null, "READ"));
    }

    @Test
    @WithUserDetails("elena.conte")
    void aSearchLeavesOneRowForEachPersonReturned() throws Exception {
        OpenCase opened = journey.planInForce();
        Long personId = cases.get(opened.caseId()).getPersonId();
        long mark = log.mark();

        mvc.perform(get("/people").param("q", "Caso Prova")).andExpect(status().isOk());

        List<Row> rows = log.after(mark);
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.action()).isEqualTo("SEARCH");
            assertThat(row.operator()).isEqualTo("elena.conte");
        });
        assertThat(rows).extracting(Row::personId).contains(personId).doesNotHaveDuplicates();
    }

    @Test
    @WithUserDetails("chiara.longo")
    void theTaskPageAndItsFormLeaveARowOnTheFileOfTheTask() throws Exception {
        OpenCase opened = journey.planWaitingForApproval();
        Long personId = cases.get(opened.caseId()).getPersonId();
        String taskId = jdbc.sql("select id_ from act_ru_task where proc_inst_id_ = :process")
                .param("process", opened.process().getId()).query(String.class).single();
        long mark = log.mark();

        mvc.perform(get("/tasks/{id}", taskId)).andExpect(status().isOk());
        mvc.perform(post("/tasks/{id}", taskId).with(csrf()).param("planDecision", "approve")).andExpect(status().is3xxRedirection());

        assertThat(log.after(mark)).containsExactly(
                new Row("chiara.longo", "ssp-disabili", "area-manager", personId, opened.caseId(), "task", taskId, "READ", "case-work", "ALLOWED"),
                new Row("chiara.longo", "ssp-disabili", "area-manager", personId, opened.caseId(), "task", taskId, "WRITE", "case-work", "ALLOWED"));
    }

    @Test
    @WithUserDetails("laura.bianchi")
    void theFrontOfficeLeavesARowForThePersonAtTheDeskAndTheAccessoItRegisters() throws Exception {
        Long personId = files.testUno();
        long mark = log.mark();

        mvc.perform(get("/intake/new").param("codiceFiscale", "NUOTST85C12B563H")).andExpect(status().isOk());
        mvc.perform(get("/intake/new/form").param("codiceFiscale", "NUOTST85C12B563H")).andExpect(status().isOk());
        mvc.perform(post("/intake/new").with(csrf()).param("codiceFiscale", "NUOTST85C12B563H").param("comune", "028019")
                .param("channel", "phone").param("requesterKind", "self").param("area", "elderly")
                .param("need", "Chiede assistenza domiciliare.")).andExpect(status().is3xxRedirection());

        List<Row> rows = log.after(mark);
        assertThat(rows).extracting(Row::action).containsExactly("SEARCH", "READ", "WRITE");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.personId()).isEqualTo(personId);
            assertThat(row.purpose()).isEqualTo("front-office");
            assertThat(row.unitCode()).isEqualTo("segretariato-028019");
        });
        assertThat(rows.get(2).itemType()).isEqualTo("intake");
    }

    @Test
    @WithUserDetails("paolo.gallo")
    void aRefusedPageLeavesNoRow() throws Exception {
        OpenCase opened = journey.planInForce();
        long mark = log.mark();

        mvc.perform(get("/cases/{id}", opened.caseId())).andExpect(status().isNotFound());
        mvc.perform(get("/cases/{id}/plan.pdf", opened.caseId())).andExpect(status().isNotFound());

        assertThat(log.after(mark)).isEmpty();
    }

    private static Row row(Long personId, Long caseId, String itemType, Long itemId, String action) {
        return new Row("elena.conte", "ssp-disabili", "social-worker", personId, caseId, itemType,
                itemId == null ? null : itemId.toString(), action, "case-work", "ALLOWED");
    }

    private Long lastId(String table, Long caseId) {
        return jdbc.sql("select max(id) from " + table + " where case_id = :id").param("id", caseId).query(Long.class).single();
    }
}
