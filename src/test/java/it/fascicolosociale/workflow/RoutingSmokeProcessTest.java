package it.fascicolosociale.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.organization.DelegationChanges;

/** The smoke process: its user task goes to the group the delegation table gives, on the engine's day. */
@IntegrationTest
@Transactional
class RoutingSmokeProcessTest {

    private static final String CAMPOSAMPIERO = "028019";

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    DelegationChanges delegationChanges;

    @BeforeEach
    void useEngine() {
        init(engine);
        ClockUtil.setCurrentTime(day(2026, 6, 15));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void routesTheCheckToTheCoordinatorOfTheUnitInChargeAndEnds() {
        ProcessInstance instance = start("disability");

        BpmnAwareTests.assertThat(instance).isWaitingAt("check-routing");
        BpmnAwareTests.assertThat(task()).hasCandidateGroup("coordinator@ssp-disabili");
        assertThat(taskService.createTaskQuery().taskCandidateUser("giorgio.moretti").processInstanceId(instance.getId()).count())
                .as("the coordinator sees the task through the groups of the engine identity")
                .isOne();
        assertThat(taskService.createTaskQuery().taskCandidateUser("anna.rizzo").processInstanceId(instance.getId()).count())
                .as("the ULSS coordinator does not")
                .isZero();

        complete(task(), withVariables("routedCorrectly", true));

        BpmnAwareTests.assertThat(instance).hasPassed("check-routing").isEnded();
    }

    @Test
    void routesNewTasksByTheDelegationInForceFromTheDayItChanges() {
        delegationChanges.camposampieroMovesElderlyToTheAtsIn2027();

        ClockUtil.setCurrentTime(day(2026, 12, 31));
        ProcessInstance lastDayOfUlss = start("elderly");
        ClockUtil.setCurrentTime(day(2027, 1, 1));
        ProcessInstance firstDayOfAts = start("elderly");

        BpmnAwareTests.assertThat(task(lastDayOfUlss)).hasCandidateGroup("coordinator@anziani-d4");
        BpmnAwareTests.assertThat(task(firstDayOfAts)).hasCandidateGroup("coordinator@ssp-anziani");
    }

    private ProcessInstance start(String area) {
        return runtimeService.startProcessInstanceByKey("routing-smoke", withVariables("comune", CAMPOSAMPIERO, "area", area));
    }

    private static Date day(int year, int month, int dayOfMonth) {
        return Date.from(LocalDate.of(year, month, dayOfMonth).atTime(10, 0).atZone(ZoneId.of("Europe/Rome")).toInstant());
    }
}
