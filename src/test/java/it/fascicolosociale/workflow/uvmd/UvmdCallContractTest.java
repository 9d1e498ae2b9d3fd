package it.fascicolosociale.workflow.uvmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.cases.CaseFixture;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.people.People;
import it.fascicolosociale.workflow.TaskCompletion;

/**
 * The contract of uvmd as a call activity: a caller shaped like the presa in carico passes the business key and
 * its in-variables, and gets back the assessment, the decision, its validity and the case manager.
 */
@IntegrationTest
@Transactional
class UvmdCallContractTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Autowired
    ProcessEngine engine;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskCompletion tasks;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    Cases cases;

    /** Deployed in the test's transaction, so that it goes with the rollback. */
    @BeforeEach
    void deployCaller() {
        init(engine);
        repositoryService.createDeployment().name("uvmd-caller-test")
                .addModelInstance("uvmd-caller.bpmn", callerProcess()).deploy();
    }

    @Test
    void returnsTheOutcomeAndTheCaseManagerToTheCaseThatCalledIt() {
        UvmdCases uvmdCases = new UvmdCases(new CaseFixture(people, cases, jdbc, entityManager), runtimeService);
        SocialCase socialCase = uvmdCases.open("028019", "disability", "marco.ferro");
        ProcessInstance presaInCarico = runtimeService.startProcessInstanceByKey("uvmd-caller", "case-" + socialCase.getId(),
                UvmdCases.variablesOf(socialCase));

        ProcessInstance uvmd = processInstanceQuery().processDefinitionKey("uvmd").superProcessInstanceId(presaInCarico.getId())
                .singleResult();
        assertThat(uvmd.getBusinessKey()).isEqualTo("case-" + socialCase.getId());
        LocalDate today = LocalDate.now(ROME);
        tasks.complete(task(uvmd).getId(), "marco.ferro", UvmdProcessTest.svamdiSocialPart());
        tasks.complete(task(uvmd).getId(), "sara.villa", Map.of("sessionDate", today.toString()));
        tasks.complete(task(uvmd).getId(), "sara.villa", Map.of("sessionDate", today.toString(), "decision", "eligible",
                "score", "48", "caseManagerDecision", "change", "newCaseManager", "elena.conte",
                "notes", "Idoneo al centro diurno."));

        BpmnAwareTests.assertThat(presaInCarico).isWaitingAt("after-uvmd");
        Map<String, Object> returned = runtimeService.getVariables(presaInCarico.getId());
        assertThat(returned.get("uvmdAssessmentId")).isInstanceOf(Long.class);
        assertThat(returned).containsEntry("uvmdEligible", true)
                .containsEntry("uvmdValidUntil", Date.from(today.plusYears(1).atStartOfDay(ROME).toInstant()))
                .containsEntry("uvmdCaseManager", "elena.conte");
    }

    /** The call activity as the presa in carico declares it. */
    private static BpmnModelInstance callerProcess() {
        return Bpmn.createExecutableProcess("uvmd-caller").camundaHistoryTimeToLive(1)
                .startEvent()
                .callActivity("call-uvmd").calledElement("uvmd")
                .camundaInBusinessKey("#{execution.processBusinessKey}")
                .camundaIn("caseId", "caseId").camundaIn("personId", "personId").camundaIn("comune", "comune")
                .camundaIn("area", "area").camundaIn("caseManager", "caseManager")
                .camundaOut("uvmdAssessmentId", "uvmdAssessmentId").camundaOut("uvmdEligible", "uvmdEligible")
                .camundaOut("uvmdValidUntil", "uvmdValidUntil").camundaOut("uvmdCaseManager", "uvmdCaseManager")
                .userTask("after-uvmd")
                .endEvent()
                .done();
    }
}
