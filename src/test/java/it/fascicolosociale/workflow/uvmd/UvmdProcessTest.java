package it.fascicolosociale.workflow.uvmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.camunda.bpm.engine.HistoryService;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.assessment.Assessment;
import it.fascicolosociale.assessment.AssessmentInstrument;
import it.fascicolosociale.assessment.AssessmentStatus;
import it.fascicolosociale.assessment.AssessmentTool;
import it.fascicolosociale.assessment.Assessments;
import it.fascicolosociale.assessment.DailyLiving;
import it.fascicolosociale.assessment.Mobility;
import it.fascicolosociale.assessment.SupportNetwork;
import it.fascicolosociale.assessment.UvmdDecision;
import it.fascicolosociale.cases.CaseFixture;
import it.fascicolosociale.cases.Cases;
import it.fascicolosociale.people.People;
import it.fascicolosociale.workflow.SubmissionRefusedException;
import it.fascicolosociale.workflow.TaskCompletion;

/**
 * Every path of the uvmd process (Valutazione multidimensionale), started as the presa in carico calls it and
 * driven through its forms. The engine's clock moves the process; the domain's dates are today's.
 */
@IntegrationTest
@Transactional
public class UvmdProcessTest {

    private static final String VIGONZA = "028100";
    private static final String CAMPOSAMPIERO = "028019";
    /** Monday 2 March 2026, 9:00 in Italy. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T08:00:00Z");
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    TaskCompletion tasks;

    @Autowired
    Assessments assessments;

    @Autowired
    Cases cases;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    private UvmdCases uvmdCases;

    private final LocalDate today = LocalDate.now(ROME);

    @BeforeEach
    void setUp() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING));
        uvmdCases = new UvmdCases(new CaseFixture(people, cases, jdbc, entityManager), runtimeService);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void returnsAnEligibleOutcomeForAnElderlyPersonAssessedWithTheSvama() {
        ProcessInstance uvmd = uvmdCases.start(VIGONZA, "elderly", "paolo.gallo");
        Long assessmentId = (Long) variable(uvmd, "uvmdAssessmentId");
        assertThat(assessments.get(assessmentId).getStatus()).isEqualTo(AssessmentStatus.REQUESTED);

        BpmnAwareTests.assertThat(uvmd).isWaitingAt("prepare-social-part");
        BpmnAwareTests.assertThat(task(uvmd)).isAssignedTo("paolo.gallo")
                .hasDueDate(Date.from(MONDAY_MORNING.plus(10, ChronoUnit.DAYS)));
        tasks.complete(task(uvmd).getId(), "paolo.gallo", svamaSocialPart());

        BpmnAwareTests.assertThat(uvmd).isWaitingAt("convene-session");
        BpmnAwareTests.assertThat(task(uvmd)).hasCandidateGroup("ulss-operator@uvmd-d4")
                .hasDueDate(Date.from(MONDAY_MORNING.plus(2, ChronoUnit.DAYS)));
        convene(uvmd);

        BpmnAwareTests.assertThat(uvmd).isWaitingAt("record-outcome");
        BpmnAwareTests.assertThat(task(uvmd)).hasCandidateGroup("ulss-operator@uvmd-d4");
        assertThat(caseManagerOptions(uvmd)).containsExactly("paolo.gallo");
        tasks.complete(task(uvmd).getId(), "sara.villa", outcome("eligible", Map.of("score", "62,5", "priority", "3",
                "autonomyProfile", "P07", "caseManagerDecision", "confirm")));

        BpmnAwareTests.assertThat(uvmd).isEnded().hasPassed("eligible-returned");
        assertThat(variable(uvmd, "uvmdEligible")).isEqualTo(true);
        assertThat(variable(uvmd, "uvmdValidUntil")).isEqualTo(Date.from(today.plusYears(1).atStartOfDay(ROME).toInstant()));
        Assessment assessment = assessments.get(assessmentId);
        assertThat(assessment.getInstrument()).isEqualTo(AssessmentInstrument.SVAMA);
        assertThat(assessment.getTool()).isEqualTo(AssessmentTool.SVAMA);
        assertThat(assessment.getSocialPart().orElseThrow().sina().mobility()).isEqualTo(Mobility.MOVES_WITH_HELP);
        assertThat(assessment.getSocialPart().orElseThrow().sina().supportNetwork()).isEqualTo(SupportNetwork.PARTIAL);
        assertThat(assessment.getOutcome()).hasValueSatisfying(outcome -> {
            assertThat(outcome.decision()).isEqualTo(UvmdDecision.ELIGIBLE);
            assertThat(outcome.score()).isEqualByComparingTo(new BigDecimal("62.50"));
            assertThat(outcome.priority()).isEqualTo(3);
            assertThat(outcome.autonomyProfile()).isEqualTo("P07");
            assertThat(outcome.validUntil()).isEqualTo(today.plusYears(1));
        });
        assertThat(assessments.latestValidOutcome(assessment.getCaseId(), today)).contains(assessment);
        assertThat(cases.get(assessment.getCaseId()).getCaseManager()).isEqualTo("paolo.gallo");
    }

    @Test
    void returnsANotEligibleOutcomeForADisabledPersonAssessedWithTheSvamdi() {
        ProcessInstance uvmd = uvmdCases.start(CAMPOSAMPIERO, "disability", "elena.conte");
        tasks.complete(task(uvmd).getId(), "elena.conte", svamdiSocialPart());
        convene(uvmd);
        tasks.complete(task(uvmd).getId(), "sara.villa", outcome("not-eligible", Map.of("caseManagerDecision", "confirm")));

        BpmnAwareTests.assertThat(uvmd).isEnded().hasPassed("not-eligible-returned").hasNotPassed("eligible-returned");
        assertThat(variable(uvmd, "uvmdEligible")).isEqualTo(false);
        Assessment assessment = assessments.get((Long) variable(uvmd, "uvmdAssessmentId"));
        assertThat(assessment.getInstrument()).isEqualTo(AssessmentInstrument.SVAMDI);
        assertThat(assessment.getTool()).isEqualTo(AssessmentTool.OTHER);
        assertThat(assessment.getSocialPart().orElseThrow().sina().dailyLiving()).isEqualTo(DailyLiving.FULLY_DEPENDENT);
        assertThat(assessment.getSocialPart().orElseThrow().environmentalFactors()).contains("barriere");
        assertThat(assessment.getOutcome().orElseThrow().decision()).isEqualTo(UvmdDecision.NOT_ELIGIBLE);
        assertThat(assessment.getOutcome().orElseThrow().score()).isNull();
    }

    @Test
    void theUvmdNamesAnotherCaseManagerForTheCase() {
        ProcessInstance uvmd = uvmdCases.start(CAMPOSAMPIERO, "disability", "marco.ferro");
        tasks.complete(task(uvmd).getId(), "marco.ferro", svamdiSocialPart());
        convene(uvmd);
        assertThat(caseManagerOptions(uvmd)).containsExactly("elena.conte");
        tasks.complete(task(uvmd).getId(), "sara.villa", outcome("eligible", Map.of("score", "30",
                "caseManagerDecision", "change", "newCaseManager", "elena.conte")));

        BpmnAwareTests.assertThat(uvmd).isEnded().hasPassed("eligible-returned");
        Assessment assessment = assessments.get((Long) variable(uvmd, "uvmdAssessmentId"));
        assertThat(assessment.isCaseManagerChanged()).isTrue();
        assertThat(cases.get(assessment.getCaseId()).getCaseManager()).isEqualTo("elena.conte");
        assertThat(variable(uvmd, "uvmdCaseManager")).isEqualTo("elena.conte");
    }

    @Test
    void remindsTheUvmdCoordinatorWhenTheSessionIsNotHeldInTime() {
        ProcessInstance uvmd = uvmdCases.start(VIGONZA, "elderly", "paolo.gallo");
        tasks.complete(task(uvmd).getId(), "paolo.gallo", svamaSocialPart());
        assertThat(job(uvmd).getDuedate()).isEqualTo(Date.from(MONDAY_MORNING.plus(30, ChronoUnit.DAYS)));

        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.plus(30, ChronoUnit.DAYS).plusSeconds(1)));
        execute(job(uvmd));

        BpmnAwareTests.assertThat(uvmd).isWaitingAt("convene-session", "session-reminder");
        org.camunda.bpm.engine.task.Task reminder = taskQuery().taskDefinitionKey("session-reminder").singleResult();
        BpmnAwareTests.assertThat(reminder).hasCandidateGroup("coordinator@uvmd-d4");
        tasks.complete(reminder.getId(), "franco.pavan", Map.of("actionTaken", "Fissata la seduta per la prossima settimana."));
        BpmnAwareTests.assertThat(uvmd).hasPassed("reminder-handled").isWaitingAt("convene-session");

        convene(uvmd);
        tasks.complete(task(uvmd).getId(), "sara.villa", outcome("not-eligible", Map.of("caseManagerDecision", "confirm")));
        BpmnAwareTests.assertThat(uvmd).isEnded().hasPassed("not-eligible-returned");
    }

    @Test
    void anOutcomeRecordedBeforeTheReminderIsHandledEndsTheReminderToo() {
        ProcessInstance uvmd = uvmdCases.start(VIGONZA, "elderly", "paolo.gallo");
        tasks.complete(task(uvmd).getId(), "paolo.gallo", svamaSocialPart());
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.plus(31, ChronoUnit.DAYS)));
        execute(job(uvmd));

        tasks.complete(taskQuery().taskDefinitionKey("convene-session").singleResult().getId(), "sara.villa",
                Map.of("sessionDate", today.toString()));
        tasks.complete(taskQuery().taskDefinitionKey("record-outcome").singleResult().getId(), "sara.villa",
                outcome("eligible", Map.of("score", "12", "caseManagerDecision", "confirm")));

        BpmnAwareTests.assertThat(uvmd).isEnded().hasPassed("eligible-returned").hasNotPassed("reminder-handled");
        assertThat(taskQuery().processInstanceId(uvmd.getId()).count()).isZero();
    }

    @Test
    void refusesAnIncompleteSocialPartAndChangesNothing() {
        ProcessInstance uvmd = uvmdCases.start(VIGONZA, "elderly", "paolo.gallo");
        String prepare = task(uvmd).getId();
        Map<String, Object> withoutMobility = svamaSocialPart();
        withoutMobility.remove("mobility");
        Map<String, Object> withoutHousing = svamaSocialPart();
        withoutHousing.remove("housing");

        assertThatThrownBy(() -> tasks.complete(prepare, "paolo.gallo", withoutMobility))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> assertThat(problems(refused))
                        .containsExactly("mobility error.form.required"));
        assertThatThrownBy(() -> tasks.complete(prepare, "paolo.gallo", withoutHousing))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> assertThat(problems(refused))
                        .containsExactly("housing error.form.required"));

        BpmnAwareTests.assertThat(uvmd).isWaitingAt("prepare-social-part");
        Assessment assessment = assessments.get((Long) variable(uvmd, "uvmdAssessmentId"));
        assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.REQUESTED);
        assertThat(assessment.getSocialPart()).isEmpty();
    }

    @Test
    void refusesAnEligibleOutcomeWithoutScoreOrWithACaseManagerNotOfferedAndChangesNothing() {
        ProcessInstance uvmd = uvmdCases.start(CAMPOSAMPIERO, "disability", "marco.ferro");
        tasks.complete(task(uvmd).getId(), "marco.ferro", svamdiSocialPart());
        convene(uvmd);
        String outcomeTask = task(uvmd).getId();

        Map<String, Object> withoutScore = outcome("eligible", Map.of("caseManagerDecision", "confirm"));
        assertThatThrownBy(() -> tasks.complete(outcomeTask, "sara.villa", withoutScore))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> assertThat(problems(refused))
                        .containsExactly("score error.assessment.score-required"));
        assertThatThrownBy(() -> tasks.complete(outcomeTask, "sara.villa", outcome("eligible", Map.of("score", "10",
                "caseManagerDecision", "change", "newCaseManager", "giorgio.moretti"))))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> assertThat(problems(refused))
                        .containsExactly("newCaseManager error.form.option"));

        BpmnAwareTests.assertThat(uvmd).isWaitingAt("record-outcome");
        Assessment assessment = assessments.get((Long) variable(uvmd, "uvmdAssessmentId"));
        assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.CONVENED);
        assertThat(assessment.getOutcome()).isEmpty();
        assertThat(cases.get(assessment.getCaseId()).getCaseManager()).isEqualTo("marco.ferro");
    }

    private void convene(ProcessInstance uvmd) {
        tasks.complete(task(uvmd).getId(), "sara.villa", Map.of("sessionDate", today.toString()));
    }

    private Map<String, Object> outcome(String decision, Map<String, Object> values) {
        Map<String, Object> form = new HashMap<>(values);
        form.putAll(Map.of("sessionDate", today.toString(), "decision", decision,
                "notes", "Seduta con il medico di medicina generale e l'assistente sociale."));
        return form;
    }

    static Map<String, Object> svamaSocialPart() {
        Map<String, Object> form = sina("2", "2");
        form.putAll(Map.of("housing", "Appartamento al primo piano senza ascensore.", "referencePerson", "La figlia",
                "socialAssessment", "Rete familiare presente ma non sufficiente per l'assistenza quotidiana."));
        return form;
    }

    public static Map<String, Object> svamdiSocialPart() {
        Map<String, Object> form = sina("3", "3");
        form.putAll(Map.of("environmentalFactors", "Facilitatori: centro diurno. Ostacoli: barriere architettoniche in casa.",
                "projectLead", "Assistente sociale dell'area disabili",
                "socialAssessment", "Serve un progetto di vita indipendente."));
        return form;
    }

    private static Map<String, Object> sina(String mobility, String dailyLiving) {
        return new HashMap<>(Map.of("mobility", mobility, "dailyLiving", dailyLiving, "cognitiveDisorders", "1",
                "behaviouralDisorders", "1", "healthCareNeed", "2", "incomeSituation", "2", "supportNetwork", "2",
                "assessmentSource", "1"));
    }

    private static List<String> problems(SubmissionRefusedException refused) {
        return refused.problems().stream().map(problem -> problem.key() + " " + problem.messageCode()).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> caseManagerOptions(ProcessInstance uvmd) {
        List<Map<String, String>> options = (List<Map<String, String>>) taskService.getVariableLocal(task(uvmd).getId(),
                "caseManagerOptions");
        return options.stream().map(option -> option.get("value")).toList();
    }

    private Object variable(ProcessInstance uvmd, String name) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(uvmd.getId())
                .variableName(name).singleResult().getValue();
    }
}
