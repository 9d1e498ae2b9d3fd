package it.fascicolosociale.workflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
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
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.careplans.CarePlan;
import it.fascicolosociale.careplans.CarePlans;
import it.fascicolosociale.careplans.GoalState;
import it.fascicolosociale.careplans.PlanStatus;
import it.fascicolosociale.cases.CaseEvent;
import it.fascicolosociale.cases.CaseStatus;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.cases.ClosureReason;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.workflow.TaskCompletion;
import it.fascicolosociale.workflow.TaskNotFoundException;
import it.fascicolosociale.workflow.cases.OpenCases.OpenCase;

/** Every path of the presa in carico that does not call another process (those have their own tests). */
@IntegrationTest
@Transactional
class SocialCaseProcessTest {

    private static final Instant OPENED = Instant.parse("2026-04-01T07:00:00Z");
    private static final String CAMPOSAMPIERO = "028019";

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskCompletion tasks;

    @Autowired
    OpenCases openCases;

    @Autowired
    CaseEvents caseEvents;

    @Autowired
    Cases cases;

    @Autowired
    CarePlans carePlans;

    @Autowired
    it.fascicolosociale.benefits.Benefits benefits;

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
    void runsFromFirstInterviewToClosureWithTheApprovedReason() {
        OpenCase opened = openDisabilityCase();
        ProcessInstance process = opened.process();

        BpmnAwareTests.assertThat(task(process)).isAssignedTo("elena.conte").hasDueDate(Date.from(OPENED.plus(30, ChronoUnit.DAYS)));
        interviewAndAssess(process, false);
        draftPlan(process, "Prima stesura");
        BpmnAwareTests.assertThat(task(process)).hasCandidateGroup("area-manager@ssp-disabili");
        decidePlan(process, "approve", null);
        assertThat(carePlans.inForce(opened.caseId()).getRevision()).isOne();

        BpmnAwareTests.assertThat(process).isWaitingAt("propose-closure", "review-due");
        proposeClosure(process);
        BpmnAwareTests.assertThat(task(process)).hasCandidateGroup("coordinator@ssp-disabili");
        tasks.complete(task(process).getId(), "giorgio.moretti", Map.of("closureDecision", "approve"));

        BpmnAwareTests.assertThat(process).isEnded().hasPassed("plan-ended", "close-case", "case-closed");
        assertThat(cases.get(opened.caseId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(cases.get(opened.caseId()).getClosureReason()).isEqualTo(ClosureReason.GOALS_ACHIEVED);
    }

    @Test
    void remindsTheCoordinatorWhenTheFirstInterviewIsLate() {
        ProcessInstance process = openDisabilityCase().process();

        ClockUtil.setCurrentTime(Date.from(OPENED.plus(30, ChronoUnit.DAYS).plusSeconds(1)));
        execute(job(process));

        BpmnAwareTests.assertThat(process).isWaitingAt("first-interview", "first-interview-reminder");
        Task reminder = taskQuery().taskDefinitionKey("first-interview-reminder").singleResult();
        BpmnAwareTests.assertThat(reminder).hasCandidateGroup("coordinator@ssp-disabili");
        tasks.complete(reminder.getId(), "giorgio.moretti", Map.of("actionTaken", "Sentita l'assistente sociale."));
        BpmnAwareTests.assertThat(process).hasPassed("reminder-handled").isWaitingAt("first-interview");
    }

    @Test
    void onlyTheCaseManagerHoldsTheFirstInterview() {
        ProcessInstance process = openDisabilityCase().process();

        assertThatThrownBy(() -> tasks.complete(task(process).getId(), "marco.ferro",
                Map.of("interviewDate", "2026-04-03", "place", "office", "summary", "Non mio.")))
                .isInstanceOf(TaskNotFoundException.class);
        BpmnAwareTests.assertThat(process).isWaitingAt("first-interview");
    }

    @Test
    void callsTheUvmdWhenTheAssessmentAsksForItAndTakesTheCaseManagerItNames() {
        OpenCase opened = openCases.open(CAMPOSAMPIERO, "disability", "marco.ferro");
        interviewAndAssess(opened.process(), true, "marco.ferro");

        ProcessInstance uvmd = processInstanceQuery().processDefinitionKey("uvmd").superProcessInstanceId(opened.process().getId())
                .singleResult();
        BpmnAwareTests.assertThat(task(uvmd)).isAssignedTo("marco.ferro");
        tasks.complete(task(uvmd).getId(), "marco.ferro", it.fascicolosociale.workflow.uvmd.UvmdProcessTest.svamdiSocialPart());
        String today = java.time.LocalDate.now().toString();
        tasks.complete(task(uvmd).getId(), "sara.villa", Map.of("sessionDate", today));
        tasks.complete(task(uvmd).getId(), "sara.villa", Map.of("sessionDate", today, "decision", "eligible", "score", "30",
                "caseManagerDecision", "change", "newCaseManager", "elena.conte", "notes", "Seduta UVMD."));

        BpmnAwareTests.assertThat(opened.process()).hasPassed("uvmd-assessment").isWaitingAt("draft-plan");
        BpmnAwareTests.assertThat(task(opened.process())).isAssignedTo("elena.conte");
        assertThat(runtimeService.getVariable(opened.process().getId(), "uvmdEligible")).isEqualTo(true);
        assertThat(cases.get(opened.caseId()).getCaseManager()).isEqualTo("elena.conte");
    }

    @Test
    void sendsThePlanBackForReworkUntilTheAreaManagerApprovesIt() {
        OpenCase opened = openDisabilityCase();
        interviewAndAssess(opened.process(), false);
        draftPlan(opened.process(), "Prima stesura");

        decidePlan(opened.process(), "reject", "Manca un obiettivo sull'autonomia.");
        BpmnAwareTests.assertThat(opened.process()).isWaitingAt("draft-plan");
        assertThat(runtimeService.getVariable(opened.process().getId(), "planApproved")).isEqualTo(false);
        assertThat(engine.getTaskService().getVariableLocal(task(opened.process()).getId(), "rejectionReason"))
                .isEqualTo("Manca un obiettivo sull'autonomia.");
        draftPlan(opened.process(), "Seconda stesura");
        decidePlan(opened.process(), "approve", null);

        CarePlan plan = carePlans.inForce(opened.caseId());
        assertThat(plan.getRevision()).as("a rework is the same version").isOne();
        assertThat(plan.getSummary()).isEqualTo("Seconda stesura");
        BpmnAwareTests.assertThat(opened.process()).isWaitingAt("propose-closure", "review-due");
    }

    @Test
    void reviewsThePlanOnTimeAndRevisesItWhenNeeded() {
        OpenCase opened = throughApprovedPlan();
        ProcessInstance process = opened.process();

        ClockUtil.setCurrentTime(Date.from(OPENED.plus(190, ChronoUnit.DAYS)));
        execute(job(process));
        Task review = taskQuery().taskDefinitionKey("plan-review").singleResult();
        tasks.complete(review.getId(), "elena.conte", Map.of("goalStates", List.of(Map.of("state", "partly-achieved")),
                "reviewNotes", "Progressi parziali.", "revisionNeeded", "false"));
        BpmnAwareTests.assertThat(process).isWaitingAt("review-due", "propose-closure");
        assertThat(passes(process, "review-wait")).as("back to waiting for the next review").isEqualTo(2);
        assertThat(carePlans.inForce(opened.caseId()).getGoals()).extracting(goal -> goal.state()).containsExactly(GoalState.PARTLY_ACHIEVED);
        assertThat(carePlans.reviews(opened.caseId())).singleElement()
                .satisfies(recorded -> assertThat(recorded.getOutcome()).isEqualTo("Progressi parziali."));

        ClockUtil.setCurrentTime(Date.from(OPENED.plus(380, ChronoUnit.DAYS)));
        execute(job(process));
        tasks.complete(taskQuery().taskDefinitionKey("plan-review").singleResult().getId(), "elena.conte",
                Map.of("goalStates", List.of(Map.of("state", "not-achieved")), "reviewNotes", "Da rivedere.", "revisionNeeded", "true"));
        completeTask("draft-revision", "elena.conte", planForm("Revisione"));
        completeTask("approve-revision", "chiara.longo", Map.of("planDecision", "reject", "rejectionReason", "Troppo generica."));
        BpmnAwareTests.assertThat(process).isWaitingAt("draft-revision", "propose-closure");
        assertThat(passes(process, "draft-revision")).as("sent back for rework").isEqualTo(2);
        completeTask("draft-revision", "elena.conte", planForm("Revisione precisa"));
        completeTask("approve-revision", "chiara.longo", Map.of("planDecision", "approve"));

        assertThat(carePlans.versions(opened.caseId())).extracting(CarePlan::getRevision, CarePlan::getStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, PlanStatus.APPROVED),
                        org.assertj.core.groups.Tuple.tuple(1, PlanStatus.SUPERSEDED));
        BpmnAwareTests.assertThat(process).isWaitingAt("review-due", "propose-closure");
        assertThat(passes(process, "review-wait")).as("after the approved revision").isEqualTo(3);
    }

    @Test
    void requestsTheBenefitsOfThePlanAndEndsThemWhenTheCaseCloses() {
        OpenCase opened = openDisabilityCase();
        interviewAndAssess(opened.process(), false);
        BpmnAwareTests.assertThat(opened.process()).isWaitingAt("draft-plan");
        tasks.complete(task(opened.process()).getId(), "elena.conte", Map.of("summary", "Assistenza a domicilio",
                "goals", List.of(Map.of("description", "Restare a casa")),
                "benefits", List.of(Map.of("itemCode", "home-care-hours", "quantity", "20",
                        "periodFrom", "2026-05-01", "periodTo", "2026-10-31"))));
        decidePlan(opened.process(), "approve", null);

        ProcessInstance benefit = processInstanceQuery().processDefinitionKey("benefit").superProcessInstanceId(opened.process().getId())
                .singleResult();
        BpmnAwareTests.assertThat(benefit).isWaitingAt("administrative-check");
        assertThat(benefit.getBusinessKey()).isEqualTo("case-" + opened.caseId());
        assertThat(benefits.ofCase(opened.caseId())).singleElement()
                .satisfies(requested -> assertThat(requested.getItemCode()).isEqualTo("home-care-hours"));

        proposeClosure(opened.process());
        completeTask("approve-closure", "giorgio.moretti", Map.of("closureDecision", "approve"));

        BpmnAwareTests.assertThat(opened.process()).isEnded();
        assertThat(processInstanceQuery().processInstanceId(benefit.getId()).count()).isZero();
        assertThat(benefits.ofCase(opened.caseId())).singleElement()
                .satisfies(ended -> assertThat(ended.getSteps().getEndReason()).isEqualTo(it.fascicolosociale.benefits.BenefitEndReason.CASE_CLOSED));
    }

    @Test
    void sendsTheReferralsOfThePlanAndGoesOnWhenTheyEnd() {
        OpenCase opened = openDisabilityCase();
        interviewAndAssess(opened.process(), false);
        tasks.complete(task(opened.process()).getId(), "elena.conte", Map.of("summary", "Sostegno e invio al SerD",
                "goals", List.of(Map.of("description", "Valutare l'uso di sostanze")),
                "referrals", List.of(Map.of("target", "serd-d4", "reason", "Sospetto uso problematico di alcol."))));
        decidePlan(opened.process(), "approve", null);

        ProcessInstance referral = processInstanceQuery().processDefinitionKey("referral").superProcessInstanceId(opened.process().getId())
                .singleResult();
        BpmnAwareTests.assertThat(referral).isWaitingAt("record-justification");
        tasks.complete(task(referral).getId(), "elena.conte", Map.of("justification", "legal-basis", "legalBasis", "vital-interest",
                "legalBasisReason", "Rischio per la salute della persona."));
        tasks.complete(task(referral).getId(), "anna.rizzo", Map.of("decision", "decline", "declineReason", "Non di competenza."));
        tasks.complete(task(referral).getId(), "elena.conte", Map.of("answerSeen", "true"));

        BpmnAwareTests.assertThat(referral).isEnded();
        BpmnAwareTests.assertThat(opened.process()).hasPassed("plan-referrals", "referrals-done").isWaitingAt("propose-closure", "review-due");
    }

    @Test
    void keepsTheCaseOpenWhenTheCoordinatorDoesNotApproveTheClosure() {
        OpenCase opened = throughApprovedPlan();
        proposeClosure(opened.process());

        completeTask("approve-closure", "giorgio.moretti", Map.of("closureDecision", "reject", "closureDecisionNotes", "Obiettivi non raggiunti."));

        BpmnAwareTests.assertThat(opened.process()).isWaitingAt("propose-closure", "review-due");
        assertThat(passes(opened.process(), "propose-closure")).isEqualTo(2);
        assertThat(cases.get(opened.caseId()).getStatus()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void closingEndsTheWorkStillOpenForTheCase() {
        OpenCase opened = throughApprovedPlan();
        ProcessInstance independent = runtimeService.startProcessInstanceByKey("routing-smoke", "case-" + opened.caseId(),
                Map.of("comune", CAMPOSAMPIERO, "area", "disability"));
        proposeClosure(opened.process());
        completeTask("approve-closure", "giorgio.moretti", Map.of("closureDecision", "approve"));

        BpmnAwareTests.assertThat(opened.process()).isEnded();
        assertThat(processInstanceQuery().processInstanceId(independent.getId()).count()).isZero();
    }

    @Test
    void reroutesTheOpenTasksWhenThePersonMovesWithinTheDistrict() {
        OpenCase opened = openCases.open(CAMPOSAMPIERO, "poverty-adults", "giulia.sartori");
        interviewAndAssess(opened.process(), false, "giulia.sartori");
        draftPlan(opened.process(), "Progetto", "giulia.sartori");
        BpmnAwareTests.assertThat(task(opened.process())).hasCandidateGroup("area-manager@ssp-poverta");

        caseEvents.residenceChanged(opened.caseId(), new IstatCode("028032"), "laura.bianchi");

        BpmnAwareTests.assertThat(task(opened.process())).hasCandidateGroup("area-manager@servizi-sociali-028032");
        assertThat(runtimeService.getVariable(opened.process().getId(), "comune")).isEqualTo("028032");
        assertThat(cases.get(opened.caseId()).getComune()).isEqualTo(new IstatCode("028032"));
        BpmnAwareTests.assertThat(opened.process()).hasPassed("case-moved").isWaitingAt("approve-plan");
    }

    @Test
    void closesTheCaseAsTransferredWhenThePersonLeavesTheDistrict() {
        OpenCase opened = throughApprovedPlan();

        caseEvents.residenceChanged(opened.caseId(), new IstatCode("028060"), "laura.bianchi");

        BpmnAwareTests.assertThat(opened.process()).isEnded().hasPassed("close-as-transferred", "case-transferred");
        assertThat(cases.get(opened.caseId()).getClosureReason()).isEqualTo(ClosureReason.RESIDENCE_TRANSFERRED);
    }

    @Test
    void givesTheCaseManagerAnUrgentReportToHandleWithinADay() {
        OpenCase opened = throughApprovedPlan();

        caseEvents.urgentReport(opened.caseId(), "La scuola segnala assenze prolungate.", "laura.bianchi");

        Task urgent = taskQuery().taskDefinitionKey("handle-urgent-report").singleResult();
        BpmnAwareTests.assertThat(urgent).isAssignedTo("elena.conte").hasDueDate(Date.from(OPENED.plus(24, ChronoUnit.HOURS)));
        tasks.complete(urgent.getId(), "elena.conte", Map.of("actionTaken", "Contattata la famiglia."));
        BpmnAwareTests.assertThat(opened.process()).hasPassed("urgent-report-handled").isWaitingAt("propose-closure", "review-due");
        assertThat(cases.get(opened.caseId()).getEvents()).extracting(CaseEvent::kind).contains(CaseEvent.Kind.URGENT_REPORT);
    }

    @Test
    void reopensAClosedCaseFromTheSocialAssessment() {
        OpenCase opened = throughApprovedPlan();
        proposeClosure(opened.process());
        completeTask("approve-closure", "giorgio.moretti", Map.of("closureDecision", "approve"));

        caseEvents.reopen(opened.caseId(), "Nuova richiesta della famiglia.", "giorgio.moretti");

        ProcessInstance reopened = processInstanceQuery().processInstanceBusinessKey("case-" + opened.caseId())
                .processDefinitionKey("social-case").active().singleResult();
        BpmnAwareTests.assertThat(reopened).hasPassed("case-reopened").isWaitingAt("social-assessment");
        assertThat(cases.get(opened.caseId()).getStatus()).isEqualTo(CaseStatus.OPEN);
        assertThat(cases.get(opened.caseId()).getEvents()).extracting(CaseEvent::kind)
                .containsExactly(CaseEvent.Kind.OPENED, CaseEvent.Kind.CLOSED, CaseEvent.Kind.REOPENED);
    }

    private long passes(ProcessInstance process, String activityId) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(process.getId()).activityId(activityId).count();
    }

    private OpenCase openDisabilityCase() {
        return openCases.open(CAMPOSAMPIERO, "disability", "elena.conte");
    }

    private OpenCase throughApprovedPlan() {
        OpenCase opened = openDisabilityCase();
        interviewAndAssess(opened.process(), false);
        draftPlan(opened.process(), "Progetto");
        decidePlan(opened.process(), "approve", null);
        return opened;
    }

    private void interviewAndAssess(ProcessInstance process, boolean uvmdNeeded) {
        interviewAndAssess(process, uvmdNeeded, "elena.conte");
    }

    private void interviewAndAssess(ProcessInstance process, boolean uvmdNeeded, String caseManager) {
        tasks.complete(task(process).getId(), caseManager, Map.of("interviewDate", "2026-04-03", "place", "home",
                "summary", "Visita domiciliare con la famiglia."));
        tasks.complete(task(process).getId(), caseManager, Map.of("problemAreas", List.of("care"),
                "situation", "Vive con la madre.", "conclusions", "Serve un progetto.", "uvmdNeeded", String.valueOf(uvmdNeeded)));
    }

    private void draftPlan(ProcessInstance process, String summary) {
        draftPlan(process, summary, "elena.conte");
    }

    private void draftPlan(ProcessInstance process, String summary, String caseManager) {
        BpmnAwareTests.assertThat(process).isWaitingAt("draft-plan");
        tasks.complete(task(process).getId(), caseManager, planForm(summary));
    }

    private void decidePlan(ProcessInstance process, String decision, String reason) {
        Map<String, Object> form = reason == null ? Map.of("planDecision", decision) : Map.of("planDecision", decision, "rejectionReason", reason);
        tasks.complete(task(process).getId(), "chiara.longo", form);
    }

    private void proposeClosure(ProcessInstance process) {
        completeTask("propose-closure", "elena.conte", Map.of("closureReason", "goals-achieved", "closureNotes", "Obiettivi raggiunti."));
    }

    private void completeTask(String taskKey, String operator, Map<String, Object> form) {
        tasks.complete(taskQuery().taskDefinitionKey(taskKey).singleResult().getId(), operator, form);
    }

    private static Map<String, Object> planForm(String summary) {
        return Map.of("summary", summary, "goals", List.of(Map.of("description", "Autonomia negli spostamenti")));
    }
}
