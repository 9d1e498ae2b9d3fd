package it.fascicolosociale.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.workflow.forms.FormSchema;
import it.fascicolosociale.workflow.forms.FormValidator;

/**
 * Starting a process from its start form and completing a task from its form, on the smoke process:
 * validation on the server, the submission saved as a record, only the marked fields given to the process,
 * and only the right operators allowed.
 */
@IntegrationTest
@Transactional
class FormSubmissionTest {

    @Autowired
    ProcessStart processStart;

    @Autowired
    TaskCompletion taskCompletion;

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FormRecorder recorder;

    @BeforeEach
    void useEngine() {
        init(engine);
    }

    @Test
    void startsTheProcessFromItsFormAndKeepsTheSubmission() {
        ProcessStart.Started started = processStart.start("routing-smoke", "laura.bianchi",
                Map.of("comune", "028019", "area", "disability"));

        BpmnAwareTests.assertThat(started.processInstance()).isWaitingAt("check-routing")
                .variables().containsOnlyKeys("comune", "area");
        BpmnAwareTests.assertThat(task()).hasCandidateGroup("coordinator@ssp-disabili");
        assertThat(started.submission().getFormKey()).isEqualTo("routing-smoke-start");
        assertThat(started.submission().getRevision()).isOne();
        assertThat(started.submission().getFormVersion()).isPositive();
        assertThat(started.submission().getOperator()).isEqualTo("laura.bianchi");
        assertThat(started.submission().getBusinessKey()).startsWith("routing-smoke-");
        assertThat(started.submission().getData()).contains("\"comune\":\"028019\"");
    }

    @Test
    void refusesAnInvalidStartFormAndStartsNothing() {
        long instancesBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey("routing-smoke").count();

        assertThatThrownBy(() -> processStart.start("routing-smoke", "laura.bianchi", Map.of("comune", "28019", "area", "golf")))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.key() + " " + problem.messageCode())
                        .containsExactlyInAnyOrder("comune error.form.pattern", "area error.form.option"));

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("routing-smoke").count()).isEqualTo(instancesBefore);
        assertThat(jdbc.sql("select count(*) from form_submission where data ->> 'comune' = '28019'").query(Long.class).single()).isZero();
    }

    @Test
    void completesTheTaskForAMemberOfItsCandidateGroupAndRecordsWho() {
        ProcessInstance instance = startSmoke();
        String taskId = task(instance).getId();

        FormSubmission submission = taskCompletion.complete(taskId, "giorgio.moretti", Map.of("routedCorrectly", "on"));

        BpmnAwareTests.assertThat(instance).isEnded();
        assertThat(submission.getTaskDefinitionKey()).isEqualTo("check-routing");
        assertThat(submission.getData()).isEqualTo("{\"routedCorrectly\":true}");
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getAssignee())
                .isEqualTo("giorgio.moretti");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("routedCorrectly").count())
                .as("fields not marked for the process stay out of it").isZero();
    }

    @Test
    void refusesOperatorsOutsideTheCandidateGroupsAsIfTheTaskDidNotExist() {
        ProcessInstance instance = startSmoke();
        String taskId = task(instance).getId();

        assertThatThrownBy(() -> taskCompletion.complete(taskId, "anna.rizzo", Map.of()))
                .isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> taskCompletion.complete("no-such-task", "giorgio.moretti", Map.of()))
                .isInstanceOf(TaskNotFoundException.class);
        BpmnAwareTests.assertThat(instance).isWaitingAt("check-routing");
    }

    @Test
    void letsOnlyTheAssigneeCompleteATaskSomeoneHolds() {
        ProcessInstance instance = startSmoke();
        String taskId = task(instance).getId();
        taskService.claim(taskId, "chiara.longo");

        assertThatThrownBy(() -> taskCompletion.complete(taskId, "giorgio.moretti", Map.of()))
                .isInstanceOf(TaskNotFoundException.class);
        taskCompletion.complete(taskId, "chiara.longo", Map.of());
        BpmnAwareTests.assertThat(instance).isEnded();
    }

    @Test
    void filesTaskSubmissionsUnderTheBusinessKeyOfTheirProcess() {
        ProcessStart.Started first = processStart.start("routing-smoke", "laura.bianchi", Map.of("comune", "028019", "area", "disability"));
        FormSubmission check = taskCompletion.complete(task(first.processInstance()).getId(), "giorgio.moretti", Map.of());

        assertThat(check.getBusinessKey()).isEqualTo(first.submission().getBusinessKey());
    }

    @Test
    void numbersTheSubmissionsOfOneFormWithinABusinessKey() {
        ProcessStart.Started started = processStart.start("routing-smoke", "laura.bianchi", Map.of("comune", "028019", "area", "disability"));
        FormSubmission first = started.submission();
        SubmissionContext again = new SubmissionContext(first.getFormKey(), first.getFormVersion(), first.getBusinessKey(),
                started.processInstance().getProcessDefinitionId(), first.getProcessInstanceId(), null, null);

        assertThat(recorder.record(again, "laura.bianchi", FormValidator.validate(
                new FormSchema(first.getFormKey(), first.getFormVersion(), List.of()), Map.of(), Map.of())).getRevision())
                .isEqualTo(2);
    }

    private ProcessInstance startSmoke() {
        return processStart.start("routing-smoke", "laura.bianchi", Map.of("comune", "028019", "area", "disability"))
                .processInstance();
    }
}
