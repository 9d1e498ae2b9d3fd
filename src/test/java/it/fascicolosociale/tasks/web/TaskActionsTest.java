package it.fascicolosociale.tasks.web;

import static it.fascicolosociale.tasks.web.Pages.html;
import static it.fascicolosociale.tasks.web.Pages.plain;
import static it.fascicolosociale.tasks.web.Pages.submitted;
import static it.fascicolosociale.tasks.web.Pages.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;

/**
 * Taking a task, giving it back, handing it on: only a candidate or the holder, only a coordinator of the task's
 * unit to a colleague of it; each with a reason kept in task_action. Anyone else finds no such task.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class TaskActionsTest {

    private static final String ACTIONS = "select action, done_by, to_operator, reason from task_action where task_id = ?";

    @Autowired
    MockMvc mvc;

    @Autowired
    Work work;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("laura.bianchi")
    void aCandidateTakesATaskWithTheReasonKept() throws Exception {
        String taskId = work.intake("Prova", "Presa", Work.CAMPOSAMPIERO, "disability");

        assertThat(plain(mvc.perform(get("/tasks/" + taskId + "/claim")).andExpect(status().isOk())))
                .contains("Assegna a te l'attività").contains("Primo colloquio");
        mvc.perform(submitted("/tasks/" + taskId + "/claim", "reason", "La seguo io allo sportello."))
                .andExpect(redirectedUrl("/tasks/" + taskId));

        assertThat(work.task(taskId).getAssignee()).isEqualTo("laura.bianchi");
        assertThat(actions(taskId)).containsExactly(Map.of("action", "claim", "done_by", "laura.bianchi",
                "reason", "La seguo io allo sportello."));
    }

    @Test
    @WithUserDetails("laura.bianchi")
    void refusesAnActionWithoutReasonInItalianAndChangesNothing() throws Exception {
        String taskId = work.intake("Prova", "Senza Motivo", Work.CAMPOSAMPIERO, "disability");

        String page = html(mvc.perform(submitted("/tasks/" + taskId + "/claim", "reason", "  ")).andExpect(status().isOk()));

        assertThat(plain(mvc.perform(submitted("/tasks/" + taskId + "/claim", "reason", ""))))
                .contains("Il modulo contiene errori").contains("Motivo: campo obbligatorio.");
        assertThat(tag(page, "reason")).contains("aria-invalid=\"true\"").contains("aria-describedby=\"reason-help reason-error\"");
        assertThat(work.task(taskId).getAssignee()).isNull();
        assertThat(actions(taskId)).isEmpty();
    }

    @Test
    @WithUserDetails("marco.ferro")
    void someoneOutsideTheTasksGroupsFindsNoSuchTask() throws Exception {
        String taskId = work.intake("Prova", "Altrui", Work.CAMPOSAMPIERO, "disability");

        mvc.perform(get("/tasks/" + taskId + "/claim")).andExpect(status().isNotFound());
        mvc.perform(submitted("/tasks/" + taskId + "/claim", "reason", "Provo.")).andExpect(status().isNotFound());
        mvc.perform(submitted("/tasks/nessuna/claim", "reason", "Provo.")).andExpect(status().isNotFound());

        assertThat(work.task(taskId).getAssignee()).isNull();
        assertThat(actions(taskId)).isEmpty();
    }

    @Test
    @WithUserDetails("laura.bianchi")
    void theHolderGivesATaskBackToItsGroup() throws Exception {
        String taskId = work.intake("Prova", "Rilasciata", Work.CAMPOSAMPIERO, "disability");
        mvc.perform(submitted("/tasks/" + taskId + "/claim", "reason", "La prendo."));

        mvc.perform(submitted("/tasks/" + taskId + "/unclaim", "reason", "Sono in ferie da domani."))
                .andExpect(redirectedUrl("/"));

        assertThat(work.task(taskId).getAssignee()).isNull();
        assertThat(actions(taskId)).extracting(action -> action.get("action")).containsExactly("claim", "unclaim");
    }

    @Test
    @WithUserDetails("laura.bianchi")
    void onlyTheHolderGivesATaskBack() throws Exception {
        String taskId = work.intake("Prova", "Di Altri", Work.CAMPOSAMPIERO, "disability");

        mvc.perform(submitted("/tasks/" + taskId + "/unclaim", "reason", "Non è mia.")).andExpect(status().isNotFound());
        work.assign(taskId, "marco.ferro");
        mvc.perform(get("/tasks/" + taskId + "/unclaim")).andExpect(status().isNotFound());
        mvc.perform(submitted("/tasks/" + taskId + "/claim", "reason", "La prendo io.")).andExpect(status().isOk());

        assertThat(work.task(taskId).getAssignee()).isEqualTo("marco.ferro");
        assertThat(actions(taskId)).isEmpty();
    }

    @Test
    @WithUserDetails("elena.conte")
    void aTaskWithoutGroupCannotBeGivenBack() throws Exception {
        Task interview = work.acceptCase(work.proposeCase(work.intake("Prova", "Caso", Work.CAMPOSAMPIERO, "disability")),
                "elena.conte");

        assertThat(plain(mvc.perform(submitted("/tasks/" + interview.getId() + "/unclaim", "reason", "Non posso."))
                .andExpect(status().isOk()))).contains("non ha un gruppo a cui tornare");

        assertThat(work.task(interview.getId()).getAssignee()).isEqualTo("elena.conte");
    }

    @Test
    @WithUserDetails("giorgio.moretti")
    void aCoordinatorHandsATaskOfTheirUnitToAColleagueOfIt() throws Exception {
        Task interview = work.acceptCase(work.proposeCase(work.intake("Prova", "Delegata", Work.CAMPOSAMPIERO, "disability")),
                "elena.conte");
        String path = "/tasks/" + interview.getId() + "/delegate";

        String form = html(mvc.perform(get(path)).andExpect(status().isOk()));
        assertThat(form).contains("value=\"marta.greco\"").contains("value=\"chiara.longo\"")
                .doesNotContain("value=\"elena.conte\"").doesNotContain("value=\"luca.fontana\"");
        mvc.perform(submitted(path, "colleague", "marta.greco", "reason", "Elena è in malattia."))
                .andExpect(redirectedUrl("/?view=units"));

        assertThat(work.task(interview.getId()).getAssignee()).isEqualTo("marta.greco");
        assertThat(actions(interview.getId())).containsExactly(Map.of("action", "delegate", "done_by", "giorgio.moretti",
                "to_operator", "marta.greco", "reason", "Elena è in malattia."));
    }

    @Test
    @WithUserDetails("giorgio.moretti")
    void refusesAColleagueOfAnotherUnit() throws Exception {
        Task interview = work.acceptCase(work.proposeCase(work.intake("Prova", "Fuori", Work.CAMPOSAMPIERO, "disability")),
                "elena.conte");

        assertThat(plain(mvc.perform(submitted("/tasks/" + interview.getId() + "/delegate", "colleague", "luca.fontana",
                "reason", "Provo.")).andExpect(status().isOk()))).contains("Collega: scegli un operatore dell'elenco.");

        assertThat(work.task(interview.getId()).getAssignee()).isEqualTo("elena.conte");
        assertThat(actions(interview.getId())).isEmpty();
    }

    @Test
    @WithUserDetails("anna.rizzo")
    void onlyACoordinatorOfTheTasksUnitMayDelegateIt() throws Exception {
        Task interview = work.acceptCase(work.proposeCase(work.intake("Prova", "Non Sua", Work.CAMPOSAMPIERO, "disability")),
                "elena.conte");

        mvc.perform(get("/tasks/" + interview.getId() + "/delegate")).andExpect(status().isNotFound());
        mvc.perform(submitted("/tasks/" + interview.getId() + "/delegate", "colleague", "paolo.gallo", "reason", "Provo."))
                .andExpect(status().isNotFound());

        assertThat(work.task(interview.getId()).getAssignee()).isEqualTo("elena.conte");
    }

    @Test
    @WithUserDetails("elena.conte")
    void anOperatorWhoIsNoCoordinatorMayNotDelegate() throws Exception {
        Task interview = work.acceptCase(work.proposeCase(work.intake("Prova", "Propria", Work.CAMPOSAMPIERO, "disability")),
                "elena.conte");

        mvc.perform(submitted("/tasks/" + interview.getId() + "/delegate", "colleague", "marta.greco", "reason", "Provo."))
                .andExpect(status().isNotFound());
    }

    private List<Map<String, Object>> actions(String taskId) {
        return jdbc.sql(ACTIONS).param(taskId).query().listOfRows().stream()
                .map(row -> {
                    Map<String, Object> kept = new java.util.HashMap<>(row);
                    kept.values().removeIf(java.util.Objects::isNull);
                    return (Map<String, Object>) kept;
                }).toList();
    }
}
