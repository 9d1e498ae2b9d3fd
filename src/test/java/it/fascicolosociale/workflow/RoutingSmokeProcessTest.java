package it.fascicolosociale.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Set;

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
import it.fascicolosociale.organization.Delegation;
import it.fascicolosociale.organization.DelegationTerms;
import it.fascicolosociale.organization.Delegations;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.Municipalities;
import it.fascicolosociale.organization.OrganizationalUnit;
import it.fascicolosociale.organization.UnitFunction;
import it.fascicolosociale.organization.UnitProfile;
import it.fascicolosociale.organization.Units;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.platform.Period;

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
    Units units;

    @Autowired
    Municipalities municipalities;

    @Autowired
    Delegations delegations;

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
        OrganizationalUnit atsElderly = units.register("ssp-anziani", new UnitProfile("Servizio sociale anziani ATS",
                units.get("ssp-minori").getManagingBodyId(), UnitFunction.SOCIAL_WORK, UserArea.ELDERLY,
                Set.of(municipalities.get(new IstatCode(CAMPOSAMPIERO)).getId()), true));
        handElderlyOfCamposampieroFrom2027To(atsElderly);

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

    private void handElderlyOfCamposampieroFrom2027To(OrganizationalUnit unit) {
        Long camposampiero = municipalities.get(new IstatCode(CAMPOSAMPIERO)).getId();
        Delegation current = delegations.inForce(camposampiero, UserArea.ELDERLY, LocalDate.of(2026, 6, 15)).orElseThrow();
        DelegationTerms terms = current.terms();
        delegations.revise(current.getId(), current.getVersion(), new DelegationTerms(camposampiero, UserArea.ELDERLY,
                terms.managingBodyId(), terms.unitId(), new Period(terms.period().from(), LocalDate.of(2026, 12, 31))));
        delegations.register(new DelegationTerms(camposampiero, UserArea.ELDERLY, unit.getManagingBodyId(), unit.getId(),
                Period.from(LocalDate.of(2027, 1, 1))));
    }

    private static Date day(int year, int month, int dayOfMonth) {
        return Date.from(LocalDate.of(year, month, dayOfMonth).atTime(10, 0).atZone(ZoneId.of("Europe/Rome")).toInstant());
    }
}
