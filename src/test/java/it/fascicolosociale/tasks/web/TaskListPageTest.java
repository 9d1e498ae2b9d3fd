package it.fascicolosociale.tasks.web;

import static it.fascicolosociale.tasks.web.Pages.html;
import static it.fascicolosociale.tasks.web.Pages.plain;
import static it.fascicolosociale.tasks.web.Pages.row;
import static it.fascicolosociale.tasks.web.Pages.rowHtml;
import static it.fascicolosociale.tasks.web.Pages.rows;
import static it.fascicolosociale.tasks.web.Pages.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;

/**
 * The task list, the home page: the operator's tasks, their groups' tasks, a coordinator's units by operator;
 * facets with counts, paging, due dates marked in words and with an icon.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class TaskListPageTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    Work work;

    @BeforeEach
    void setClock() {
        ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @WithUserDetails("laura.bianchi")
    void showsTheTasksOfferedToTheFrontOfficeWithPersonComuneAndNobodyHoldingThem() throws Exception {
        work.intake("Prova", "Elenco", Work.CAMPOSAMPIERO, "disability");
        work.intake("Prova", "Altrove", Work.VIGONZA, "disability");

        String page = html(mvc.perform(get("/").param("view", "groups")).andExpect(status().isOk()));

        assertThat(row(page, "Elenco Prova")).containsExactly("17/03/2026 09:00", "Primo colloquio Accesso / segretariato sociale",
                "Elenco Prova Camposampiero", "Nessun caso", "Non assegnata", "Assegna a me");
        assertThat(plain(mvc.perform(get("/").param("view", "groups")))).doesNotContain("Altrove")
                .contains("Attività dei miei gruppi 1");
        assertThat(rowHtml(page, "Elenco Prova")).contains("href=\"/tasks/").contains("/claim\"");
    }

    @Test
    @WithUserDetails("federica.rinaldi")
    void aTaskHeldByARoleThatOpensNoFilesDoesNotNameItsPerson() throws Exception {
        String taskId = work.intake("Prova", "Custodita", Work.CAMPOSAMPIERO, "elderly");
        work.assign(taskId, "federica.rinaldi");

        String page = html(mvc.perform(get("/")).andExpect(status().isOk()));

        assertThat(row(page, "Dati riservati")).noneMatch(cell -> cell.contains("Custodita"));
        assertThat(page).doesNotContain("Custodita");
    }

    @Test
    @WithUserDetails("laura.bianchi")
    void showsTheOperatorsOwnTasksWithTheWayToGiveThemBack() throws Exception {
        String taskId = work.intake("Prova", "Mia", Work.CAMPOSAMPIERO, "elderly");
        work.assign(taskId, "laura.bianchi");

        String page = html(mvc.perform(get("/")).andExpect(status().isOk()));

        assertThat(row(page, "Mia Prova")).containsExactly("17/03/2026 09:00", "Primo colloquio Accesso / segretariato sociale",
                "Mia Prova Camposampiero", "Nessun caso", "Bianchi Laura", "Rilascia");
        assertThat(plain(mvc.perform(get("/")))).contains("Le mie attività 1").contains("Attività dei miei gruppi 0")
                .doesNotContain("Attività delle mie unità");
    }

    @Test
    @WithUserDetails("laura.bianchi")
    void marksOverdueAndDueSoonTasksInWordsAndWithAnIconAndSortsByDueDateWithNoneLast() throws Exception {
        work.due(work.intake("Prova", "Scaduta", Work.CAMPOSAMPIERO, "elderly"), NOW.minus(1, ChronoUnit.DAYS));
        work.due(work.intake("Prova", "Vicina", Work.CAMPOSAMPIERO, "elderly"), NOW.plus(2, ChronoUnit.DAYS));
        work.due(work.intake("Prova", "Lontana", Work.CAMPOSAMPIERO, "elderly"), NOW.plus(10, ChronoUnit.DAYS));
        work.due(work.intake("Prova", "Senza", Work.CAMPOSAMPIERO, "elderly"), null);

        String page = html(mvc.perform(get("/").param("view", "groups")).andExpect(status().isOk()));

        assertThat(rows(page)).extracting(cells -> cells.get(2)).containsExactly(
                "Scaduta Prova Camposampiero", "Vicina Prova Camposampiero", "Lontana Prova Camposampiero", "Senza Prova Camposampiero");
        assertThat(row(page, "Scaduta Prova").get(0)).isEqualTo("01/03/2026 09:00 Scaduta");
        assertThat(rowHtml(page, "Scaduta Prova")).contains("#it-error");
        assertThat(row(page, "Vicina Prova").get(0)).isEqualTo("04/03/2026 09:00 In scadenza");
        assertThat(rowHtml(page, "Vicina Prova")).contains("#it-clock");
        assertThat(row(page, "Lontana Prova").get(0)).isEqualTo("12/03/2026 09:00");
        assertThat(row(page, "Senza Prova").get(0)).isEqualTo("Nessuna scadenza");
    }

    @Test
    @WithUserDetails("laura.bianchi")
    void countsEveryFacetValueAndNarrowsTheListToTheValueChosen() throws Exception {
        work.due(work.intake("Prova", "Anziana", Work.CAMPOSAMPIERO, "elderly"), NOW.minus(1, ChronoUnit.DAYS));
        work.intake("Prova", "Disabile", Work.CAMPOSAMPIERO, "disability");
        work.intake("Prova", "Altra", Work.CAMPOSAMPIERO, "disability");

        String all = plain(mvc.perform(get("/").param("view", "groups")));
        assertThat(all).contains("Anziani (1)").contains("Disabili (2)").contains("Scadute (1)")
                .contains("Scadenza oltre 3 giorni (2)").contains("Camposampiero (3)").contains("Accesso / segretariato sociale (3)");

        String page = html(mvc.perform(get("/").param("view", "groups").param("area", "disability")).andExpect(status().isOk()));
        assertThat(rows(page)).hasSize(2).noneMatch(cells -> cells.get(2).contains("Anziana"));
        assertThat(plain(mvc.perform(get("/").param("view", "groups").param("area", "disability"))))
                .contains("Anziani (1)").contains("Disabili (2) (filtro attivo").doesNotContain("Scadute (1)")
                .contains("Camposampiero (2)").contains("Togli tutti i filtri");
        assertThat(page).containsPattern("<a href=\"/\\?view=groups\"[^>]*aria-current=\"true\"");
    }

    @Test
    @WithUserDetails("laura.bianchi")
    void showsTwentyFiveTasksAPageAndTheRestOnTheNext() throws Exception {
        for (int count = 1; count <= 27; count++) {
            work.due(work.intake("Prova", "Pagina" + count, Work.CAMPOSAMPIERO, "disability"),
                    NOW.plus(count, ChronoUnit.DAYS));
        }

        String first = html(mvc.perform(get("/").param("view", "groups")));
        String second = html(mvc.perform(get("/").param("view", "groups").param("page", "2")));

        assertThat(rows(first)).hasSize(25);
        assertThat(plain(mvc.perform(get("/").param("view", "groups")))).contains("27 attività, pagina 1 di 2");
        assertThat(first).contains("href=\"/?view=groups&amp;page=2\"");
        assertThat(rows(second)).extracting(cells -> cells.get(2))
                .containsExactly("Pagina26 Prova Camposampiero", "Pagina27 Prova Camposampiero");
    }

    @Test
    @WithUserDetails("giorgio.moretti")
    void showsACoordinatorTheTasksOfTheirUnitsByOperatorHeldOrNot() throws Exception {
        String decision = work.proposeCase(work.intake("Prova", "Proposta", Work.CAMPOSAMPIERO, "disability"));
        Task caseInterview = work.acceptCase(work.proposeCase(work.intake("Prova", "Accolta", Work.CAMPOSAMPIERO, "disability")),
                "elena.conte");
        Long caseId = (Long) work.variables(caseInterview.getId()).get("caseId");

        String page = html(mvc.perform(get("/").param("view", "units")).andExpect(status().isOk()));

        assertThat(row(page, "Proposta Prova")).containsExactly("12/03/2026 09:00", "Decisione sulla presa in carico Accesso / segretariato sociale",
                "Proposta Prova Camposampiero", "Nessun caso", "Non assegnata", "Assegna a me Delega");
        assertThat(row(page, "Accolta Prova")).contains("Caso n. " + caseId, "Conte Elena", "Delega");
        assertThat(rowHtml(page, "Accolta Prova")).contains("href=\"/cases/" + caseId + "\"");
        assertThat(plain(mvc.perform(get("/").param("view", "units")))).contains("Conte Elena (1)").contains("Non assegnate (1)");
        assertThat(rows(html(mvc.perform(get("/").param("view", "units").param("assignee", "elena.conte")))))
                .extracting(cells -> cells.get(2)).containsExactly("Accolta Prova Camposampiero");
        assertThat(decision).isNotNull();
    }

    @Test
    @WithUserDetails("anna.rizzo")
    void hidesFromACoordinatorThePersonOfAFileOutsideTheirReach() throws Exception {
        String taskId = work.intake("Prova", "Riservata", Work.CAMPOSAMPIERO, "disability");
        work.assign(taskId, "paolo.gallo");

        String page = html(mvc.perform(get("/").param("view", "units")).andExpect(status().isOk()));

        assertThat(rows(page)).hasSize(1);
        assertThat(rows(page).get(0).get(2)).isEqualTo("Dati riservati");
        assertThat(text(mvc.perform(get("/").param("view", "units")))).doesNotContain("Riservata");
    }

    @Test
    @WithUserDetails("laura.bianchi")
    void answersASectionTheOperatorDoesNotHaveWithTheirOwnTasks() throws Exception {
        String page = html(mvc.perform(get("/").param("view", "units")).andExpect(status().isOk()));
        assertThat(page).containsPattern("href=\"/\\?view=mine\"[^>]*aria-current=\"page\"")
                .doesNotContain("view=units");
    }
}
