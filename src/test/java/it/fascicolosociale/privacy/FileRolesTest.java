package it.fascicolosociale.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.access.AccessReason;
import it.fascicolosociale.access.FileAccess;
import it.fascicolosociale.cases.CaseOpening;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.tasks.TaskAssignments;
import it.fascicolosociale.workflow.cases.OpenCases;
import it.fascicolosociale.workflow.cases.OpenCases.OpenCase;

/**
 * Who reads files by role: coordinators and managers read their units' cases; the DPO reads the log, not files; the
 * system administrator reads configuration, not files; even when such an account sits in the unit in charge.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class FileRolesTest {

    @Autowired
    FileAccess access;

    @Autowired
    OpenCases openCases;

    @Autowired
    Cases cases;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskService taskService;

    @Autowired
    TaskAssignments assignments;

    @Autowired
    AccessLogRows logRows;

    @Test
    void coordinatorsAndManagersReadTheCasesOfTheirUnits() {
        OpenCase disability = openCases.open("028019", "disability", "elena.conte");
        OpenCase elderly = openCases.open("028100", "elderly", "paolo.gallo");

        assertThat(access.toCase("giorgio.moretti", disability.caseId())).contains(AccessReason.DELEGATED_UNIT);
        assertThat(access.toCase("chiara.longo", disability.caseId())).contains(AccessReason.DELEGATED_UNIT);
        assertThat(access.toCase("anna.rizzo", elderly.caseId())).contains(AccessReason.DELEGATED_UNIT);
        assertThat(access.toCase("lucia.martinello", elderly.caseId())).contains(AccessReason.DELEGATED_UNIT);
        assertThat(access.toCase("paola.carraro", disability.caseId())).as("manager of other units").isEmpty();
        assertThat(access.toCase("roberto.marchi", disability.caseId())).as("the director's unit is in charge of nothing").isEmpty();
    }

    @Test
    void theDpoAndTheAdministratorOpenNoFileEvenInTheUnitInCharge() throws Exception {
        OpenCase disability = openCases.open("028019", "disability", "elena.conte");
        Long personId = cases.get(disability.caseId()).getPersonId();
        for (String account : new String[] {"federica.rinaldi", "stefano.costa", "davide.marin"}) {
            jdbc.sql("""
                    insert into role_assignment (operator_id, role_code, unit_id, valid_from)
                    select o.id, r.code, u.id, date '2026-01-01' from operator o, organizational_unit u, role r
                    where o.username = :account and u.code = 'ssp-disabili'
                      and r.code = case :account when 'federica.rinaldi' then 'dpo' when 'stefano.costa' then 'system-admin'
                                                 else 'process-designer' end""").param("account", account).update();

            assertThat(access.toCase(account, disability.caseId())).as(account).isEmpty();
            assertThat(access.toPerson(account, personId)).as(account).isEmpty();
            mvc.perform(get("/cases/{id}", disability.caseId()).with(user(account))).andExpect(status().isNotFound());
            mvc.perform(get("/people/{id}", personId).with(user(account))).andExpect(status().isNotFound());
        }
    }

    @Test
    void anOperatorWhoseRolesOpenNoFilesCanNeitherManageNorJoinACase() {
        OpenCase disability = openCases.open("028019", "disability", "elena.conte");
        Long personId = cases.get(disability.caseId()).getPersonId();
        int casesOfThePerson = cases.ofPerson(personId).size();
        for (String account : ROLES_WITHOUT_FILES) {
            giveRoleInTheUnitInCharge(account);

            assertThatThrownBy(() -> cases.open(new CaseOpening(personId, new IstatCode("028019"), UserArea.DISABILITY,
                    account, null), "giorgio.moretti"))
                    .as(account).isInstanceOfSatisfying(RuleViolation.class, refused ->
                            assertThat(refused.messageCode()).isEqualTo("error.case.case-manager-without-files"));
            assertThatThrownBy(() -> cases.changeCaseManager(disability.caseId(), account, "giorgio.moretti"))
                    .as(account).isInstanceOfSatisfying(RuleViolation.class, refused ->
                            assertThat(refused.messageCode()).isEqualTo("error.case.case-manager-without-files"));
            assertThatThrownBy(() -> cases.addToTeam(disability.caseId(), account, "giorgio.moretti"))
                    .as(account).isInstanceOfSatisfying(RuleViolation.class, refused ->
                            assertThat(refused.messageCode()).isEqualTo("error.case.team-member-without-files"));
        }
        SocialCase unchanged = cases.get(disability.caseId());
        assertThat(unchanged.getCaseManager()).isEqualTo("elena.conte");
        assertThat(ROLES_WITHOUT_FILES).noneMatch(unchanged::isWorkedOnBy);
        assertThat(cases.ofPerson(personId)).hasSize(casesOfThePerson);

        assertThat(cases.changeCaseManager(disability.caseId(), "chiara.longo", "giorgio.moretti").getCaseManager())
                .as("an area manager of the unit works on files").isEqualTo("chiara.longo");
    }

    @Test
    void aTaskAboutAFileIsNoSuchTaskToAHolderWhoMayNotReadTheFile() throws Exception {
        OpenCase disability = openCases.open("028019", "disability", "elena.conte");
        Task task = taskService.createTaskQuery().processInstanceBusinessKey("case-" + disability.caseId()).singleResult();
        String firstHolder = task.getAssignee();
        for (String account : ROLES_WITHOUT_FILES) {
            giveRoleInTheUnitInCharge(account);
            taskService.setAssignee(task.getId(), account);
            long mark = logRows.mark();

            mvc.perform(get("/tasks/{id}", task.getId()).with(user(account))).andExpect(status().isNotFound());
            mvc.perform(post("/tasks/{id}", task.getId()).with(user(account)).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/tasks/{id}/refresh", task.getId()).with(user(account)).with(csrf()))
                    .andExpect(status().isNotFound());

            assertThat(logRows.after(mark)).as(account).isEmpty();
            assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult()).as("still open").isNotNull();
        }

        taskService.setAssignee(task.getId(), "chiara.longo");
        long mark = logRows.mark();
        mvc.perform(get("/tasks/{id}", task.getId()).with(user("chiara.longo"))).andExpect(status().isOk());
        assertThat(logRows.after(mark)).as("a holder who may read the file: one row for the page")
                .singleElement().satisfies(row -> assertThat(row.caseId()).isEqualTo(disability.caseId()));
        assertThat(firstHolder).isNotIn(ROLES_WITHOUT_FILES);
    }

    @Test
    void aCoordinatorHandsATaskAboutAFileOnlyToColleaguesWhoWorkOnFiles() {
        OpenCase disability = openCases.open("028019", "disability", "elena.conte");
        Task task = taskService.createTaskQuery().processInstanceBusinessKey("case-" + disability.caseId()).singleResult();
        for (String account : ROLES_WITHOUT_FILES) {
            giveRoleInTheUnitInCharge(account);
        }
        assertThat(assignments.colleagues(task.getId(), "giorgio.moretti")).extracting(TaskAssignments.Colleague::username)
                .isNotEmpty().doesNotContainAnyElementsOf(ROLES_WITHOUT_FILES);
        assertThatThrownBy(() -> assignments.delegate(task.getId(), "giorgio.moretti", "federica.rinaldi", "ferie"))
                .isInstanceOfSatisfying(RuleViolation.class, refused ->
                        assertThat(refused.messageCode()).isEqualTo("error.task-action.not-a-colleague"));
    }

    /** The DPO, the system administrator, the process designer and the referente del comune of the demo. */
    private static final List<String> ROLES_WITHOUT_FILES = List.of("federica.rinaldi", "stefano.costa", "davide.marin",
            "irene.bortolami");

    /** Each of them also sits, with their own role, in the unit in charge of disability in Cittadella. */
    private void giveRoleInTheUnitInCharge(String account) {
        jdbc.sql("""
                insert into role_assignment (operator_id, role_code, unit_id, valid_from)
                select o.id, r.code, u.id, date '2026-01-01' from operator o, organizational_unit u, role r
                where o.username = :account and u.code = 'ssp-disabili'
                  and r.code = case :account when 'federica.rinaldi' then 'dpo' when 'stefano.costa' then 'system-admin'
                                             when 'davide.marin' then 'process-designer' else 'municipality-officer' end
                on conflict do nothing""").param("account", account).update();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor user(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(username).roles("DPO");
    }
}
