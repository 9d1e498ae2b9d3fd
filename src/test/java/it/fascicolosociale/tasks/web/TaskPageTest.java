package it.fascicolosociale.tasks.web;

import static it.fascicolosociale.tasks.web.Pages.html;
import static it.fascicolosociale.tasks.web.Pages.plain;
import static it.fascicolosociale.tasks.web.Pages.submitted;
import static it.fascicolosociale.tasks.web.Pages.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;

/**
 * The page of a task: its Camunda Form drawn on the server with every kind of component, filled from the task's
 * variables; completed through the workflow, or refused in Italian keeping what was typed; the file beside it.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
@WithUserDetails("laura.bianchi")
class TaskPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Work work;

    @Autowired
    HistoryService historyService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void drawsEveryKindOfComponentFilledFromTheVariables() throws Exception {
        String taskId = work.testTask(variables());

        String page = html(mvc.perform(get("/tasks/" + taskId)).andExpect(status().isOk()));

        assertThat(page).contains("<p>Visita domiciliare</p>").contains("<p>Scrivi cosa hai visto.</p>")
                .contains("<p>&lt;b&gt;niente HTML&lt;/b&gt;</p>").doesNotContain("<b>niente");
        assertThat(page).containsPattern("<fieldset class=\"cf-group mb-4\" id=\"field-visit\">\\s*<legend class=\"h5\">Visita</legend>");
        assertThat(tag(page, "field-place")).contains("type=\"text\"", "name=\"place\"", "value=\"Via della Prova 1\"",
                "maxlength=\"50\"", "aria-required=\"true\"", "aria-describedby=\"field-place-help\"");
        assertThat(page).contains("<small id=\"field-place-help\" class=\"form-text\">Indirizzo della visita.</small>")
                .containsPattern("<span>Luogo</span><span class=\"cf-required\">\\(obbligatorio\\)</span>");
        assertThat(page).containsPattern("<textarea[^>]*id=\"field-notes\"[^>]*>Prima visita</textarea>");
        assertThat(tag(page, "field-hours")).contains("inputmode=\"decimal\"", "value=\"2.5\"");
        assertThat(tag(page, "field-visitDate")).contains("type=\"date\"", "value=\"2026-03-02\"");
        assertThat(page).contains("<span>Data della visita</span>");
        assertThat(page).containsPattern("<option value=\"desk\" selected=\"selected\">Sportello</option>")
                .contains("<option value=\"ssp-minori\">Servizio sociale minori</option>");
        assertThat(tag(page, "field-urgency-1")).contains("type=\"radio\"", "name=\"urgency\"", "value=\"high\"", "checked");
        assertThat(tag(page, "field-consent")).contains("type=\"checkbox\"", "value=\"true\"", "checked");
        assertThat(tag(page, "field-needs-1")).contains("type=\"checkbox\"", "name=\"needs\"", "value=\"work\"", "checked");
        assertThat(tag(page, "field-needs-0")).doesNotContain("checked");
        assertThat(tag(page, "field-caseCode")).contains("disabled", "value=\"C-7\"");
        assertThat(tag(page, "field-contacts-0-who")).contains("name=\"contacts[0].who\"", "value=\"Medico di base\"");
        assertThat(tag(page, "field-contacts-1-who")).contains("name=\"contacts[1].who\"").doesNotContain("value=\"M");
        assertThat(page).doesNotContain("field-contacts-2-who").contains("Contatti: riga 2");
        assertThat(page).doesNotContain("field-phoneNumber");
    }

    @Test
    void showsTheFieldsAChoiceBringsWhenTheFormIsSentToBeShownAgain() throws Exception {
        String taskId = work.testTask(variables());

        String page = html(mvc.perform(submitted("/tasks/" + taskId + "/refresh", "place", "Via Nuova 2", "channel", "phone"))
                .andExpect(status().isOk()));

        assertThat(tag(page, "field-phoneNumber")).contains("name=\"phoneNumber\"");
        assertThat(tag(page, "field-place")).contains("value=\"Via Nuova 2\"");
        assertThat(tag(page, "field-channel")).contains("hx-post=\"/tasks/" + taskId + "/refresh\"");
        assertThat(tag(page, "field-place")).doesNotContain("hx-post");
        assertThat(page).doesNotContain("error-summary");
        assertThat(work.task(taskId)).isNotNull();
    }

    @Test
    void completesTheTaskWithTheValuesSent() throws Exception {
        String taskId = work.testTask(variables());
        String processInstance = work.task(taskId).getProcessInstanceId();

        mvc.perform(submitted("/tasks/" + taskId, "place", "Via della Prova 1", "visitDate", "2026-03-02", "hours", "1,5",
                        "needs", "housing", "contacts[0].who", "Vicina di casa", "contacts[1].who", ""))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("completed", "Compila il modulo di prova"));

        assertThat(work.task(taskId)).isNull();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstance).singleResult()
                .getEndTime()).isNotNull();
        String saved = jdbc.sql("select data::text from form_submission where task_id = ?").param(taskId).query(String.class).single();
        assertThat(saved).contains("\"hours\": 1.5").contains("\"contacts\": [{\"who\": \"Vicina di casa\"}]");
    }

    @Test
    void refusesWrongValuesInItalianKeepingEverythingTyped() throws Exception {
        String taskId = work.testTask(variables());

        String page = html(mvc.perform(submitted("/tasks/" + taskId, "place", "", "notes", "Appunti scritti a mano",
                        "hours", "tre", "visitDate", "2026-03-02", "channel", "phone", "needs", "work",
                        "contacts[0].who", "", "contacts[0].role", "Assistente domiciliare"))
                .andExpect(status().isOk()));

        assertThat(page).contains("data-error-summary").containsPattern("<a href=\"#field-place\">Luogo: campo obbligatorio.</a>")
                .contains("<a href=\"#field-hours\">Ore: indica un numero.</a>")
                .contains("<a href=\"#field-phoneNumber\">Numero chiamato: campo obbligatorio.</a>")
                .contains("<a href=\"#field-contacts-0-who\">Chi: campo obbligatorio.</a>");
        assertThat(tag(page, "field-hours")).contains("aria-invalid=\"true\"", "value=\"tre\"",
                "aria-describedby=\"field-hours-error\"");
        assertThat(page).contains("<div id=\"field-hours-error\" class=\"invalid-feedback d-block\">Ore: indica un numero.</div>");
        assertThat(page).containsPattern("<textarea[^>]*id=\"field-notes\"[^>]*>Appunti scritti a mano</textarea>");
        assertThat(tag(page, "field-contacts-0-role")).contains("value=\"Assistente domiciliare\"");
        assertThat(tag(page, "field-needs-1")).contains("checked");
        assertThat(tag(page, "field-needs-0")).doesNotContain("checked");
        assertThat(tag(page, "field-phoneNumber")).contains("aria-invalid=\"true\"");
        assertThat(work.task(taskId)).isNotNull();
        assertThat(jdbc.sql("select count(*) from form_submission where task_id = ?").param(taskId).query(Long.class).single())
                .isZero();
    }

    @Test
    @WithUserDetails("marco.ferro")
    void aTaskTheOperatorMayNotCompleteIsNotFound() throws Exception {
        String taskId = work.testTask(variables());

        mvc.perform(get("/tasks/" + taskId)).andExpect(status().isNotFound());
        mvc.perform(submitted("/tasks/" + taskId, "place", "Via della Prova 1", "visitDate", "2026-03-02"))
                .andExpect(status().isNotFound());
        mvc.perform(submitted("/tasks/" + taskId + "/refresh", "channel", "phone")).andExpect(status().isNotFound());
        mvc.perform(get("/tasks/nessuna")).andExpect(status().isNotFound());

        assertThat(work.task(taskId)).isNotNull();
    }

    @Test
    void aTaskHeldBySomeoneElseIsNotFound() throws Exception {
        String taskId = work.testTask(variables());
        work.assign(taskId, "marco.ferro");

        assertThat(plain(mvc.perform(get("/tasks/" + taskId)).andExpect(status().isNotFound())))
                .contains("La pagina o il dato richiesto non esiste.");
    }

    @Test
    void showsThePersonOfTheAccessoBesideItsFirstInterview() throws Exception {
        String taskId = work.intake("Prova", "Accanto", Work.CAMPOSAMPIERO, "elderly");

        String page = plain(mvc.perform(get("/tasks/" + taskId)).andExpect(status().isOk()));

        assertThat(page).contains("Fascicolo Persona Accanto Prova Data di nascita 15/06/1970 Comune Camposampiero "
                + "Area di utenza Anziani Apri la scheda della persona");
        assertThat(page).contains("Assegna a me").contains("Non ancora assegnata");
    }

    @Test
    @WithUserDetails("elena.conte")
    void showsTheCaseBesideATaskOfTheCase() throws Exception {
        Task interview = work.acceptCase(work.proposeCase(work.intake("Prova", "Caso", Work.CAMPOSAMPIERO, "disability")),
                "elena.conte");
        Long caseId = (Long) work.variables(interview.getId()).get("caseId");

        String page = html(mvc.perform(get("/tasks/" + interview.getId())).andExpect(status().isOk()));

        assertThat(plain(mvc.perform(get("/tasks/" + interview.getId())))).contains("Persona Caso Prova")
                .contains("Caso n. " + caseId + " Responsabile del caso Conte Elena Stato del caso Aperto");
        assertThat(page).contains("href=\"/cases/" + caseId + "\"");
    }

    @Test
    void showsNoFileForATaskWithoutOne() throws Exception {
        assertThat(plain(mvc.perform(get("/tasks/" + work.testTask(variables()))).andExpect(status().isOk())))
                .contains("Per questa attività non c'è un fascicolo da mostrare.");
    }

    private static Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("place", "Via della Prova 1");
        variables.put("notes", "Prima visita");
        variables.put("hours", 2.5);
        variables.put("visitDate", java.sql.Date.valueOf(LocalDate.of(2026, 3, 2)));
        variables.put("channel", "desk");
        variables.put("urgency", "high");
        variables.put("consent", true);
        variables.put("caseCode", "C-7");
        variables.put("needs", Variables.objectValue(List.of("work")).serializationDataFormat("application/json").create());
        variables.put("unitOptions", Variables.objectValue(List.of(Map.of("value", "ssp-minori", "label", "Servizio sociale minori")))
                .serializationDataFormat("application/json").create());
        variables.put("contacts", Variables.objectValue(List.of(Map.of("who", "Medico di base", "role", "Medico")))
                .serializationDataFormat("application/json").create());
        return variables;
    }
}
