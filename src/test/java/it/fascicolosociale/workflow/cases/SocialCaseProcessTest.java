package it.fascicolosociale.workflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.workflow.TaskCompletion;

/** The paths of the presa in carico built so far: first interview on time or late, then the social assessment. */
@IntegrationTest
@Transactional
class SocialCaseProcessTest {

    private static final Instant OPENED = Instant.parse("2026-04-01T07:00:00Z");

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskCompletion tasks;

    @BeforeEach
    void setUp() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(OPENED));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theCaseManagerInterviewsAndAssessesWithinTheDeadline() {
        ProcessInstance presaInCarico = openCase();

        BpmnAwareTests.assertThat(task(presaInCarico)).isAssignedTo("elena.conte")
                .hasDueDate(Date.from(OPENED.plus(30, ChronoUnit.DAYS)));
        tasks.complete(task(presaInCarico).getId(), "elena.conte", Map.of("interviewDate", "2026-04-03", "place", "home",
                "summary", "Visita domiciliare con la famiglia."));
        BpmnAwareTests.assertThat(presaInCarico).isWaitingAt("social-assessment");
        tasks.complete(task(presaInCarico).getId(), "elena.conte", Map.of("problemAreas", List.of("care", "relations"),
                "situation", "Vive con la madre anziana.", "conclusions", "Serve un progetto personalizzato."));

        BpmnAwareTests.assertThat(presaInCarico).isEnded().hasPassed("assessment-recorded");
    }

    @Test
    void remindsTheCoordinatorWhenTheFirstInterviewIsLate() {
        ProcessInstance presaInCarico = openCase();

        ClockUtil.setCurrentTime(Date.from(OPENED.plus(30, ChronoUnit.DAYS).plusSeconds(1)));
        execute(job(presaInCarico));

        BpmnAwareTests.assertThat(presaInCarico).isWaitingAt("first-interview", "first-interview-reminder");
        org.camunda.bpm.engine.task.Task reminder = taskQuery().taskDefinitionKey("first-interview-reminder").singleResult();
        BpmnAwareTests.assertThat(reminder).hasCandidateGroup("coordinator@ssp-disabili");
        tasks.complete(reminder.getId(), "giorgio.moretti", Map.of("actionTaken", "Sentita l'assistente sociale."));
        BpmnAwareTests.assertThat(presaInCarico).hasPassed("reminder-handled").isWaitingAt("first-interview");
    }

    @Test
    void onlyTheCaseManagerHoldsTheFirstInterview() {
        ProcessInstance presaInCarico = openCase();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(task(presaInCarico).getId(), "marco.ferro",
                        Map.of("interviewDate", "2026-04-03", "place", "office", "summary", "Non mio.")))
                .isInstanceOf(it.fascicolosociale.workflow.TaskNotFoundException.class);
        assertThat(task(presaInCarico).getTaskDefinitionKey()).isEqualTo("first-interview");
    }

    private ProcessInstance openCase() {
        return runtimeService.startProcessInstanceByMessage("CaseOpened", "case-test",
                Map.of("caseId", 0L, "comune", "028019", "area", "disability", "caseManager", "elena.conte"));
    }
}
