package it.fascicolosociale.workflow.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.benefits.ApprovalActType;
import it.fascicolosociale.benefits.Benefit;
import it.fascicolosociale.benefits.BenefitDelivery;
import it.fascicolosociale.benefits.BenefitEndReason;
import it.fascicolosociale.benefits.BenefitStatus;
import it.fascicolosociale.benefits.Benefits;
import it.fascicolosociale.benefits.CaseFixture;
import it.fascicolosociale.benefits.CoPayment;
import it.fascicolosociale.benefits.CostSplit;
import it.fascicolosociale.benefits.IseeType;
import it.fascicolosociale.cases.SocialCase;
import it.fascicolosociale.workflow.SubmissionRefusedException;
import it.fascicolosociale.workflow.TaskCompletion;
import it.fascicolosociale.workflow.TaskNotFoundException;

/**
 * Every path of the benefit process (Prestazione), started as the presa in carico's call activity starts it
 * and driven through its forms: check, co-payment, approval or refusal, activation, deliveries, the end of
 * the period, renewal and end. SAD hours (20.00 an hour in 2026) for a disabled person of Camposampiero.
 */
@IntegrationTest
@Transactional
class BenefitProcessTest {

    private static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T08:00:00Z");
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final String ADMINISTRATIVE = "marta.greco";
    private static final String AREA_MANAGER = "chiara.longo";

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
    Benefits benefits;

    @Autowired
    CaseFixture caseFixture;

    @BeforeEach
    void setUp() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void checksPricesApprovesAndActivatesTheBenefitOfThePai() {
        ProcessInstance process = start(CaseFixture.CAMPOSAMPIERO, "disability");
        Benefit requested = benefit(process);
        assertThat(requested.getStatus()).isEqualTo(BenefitStatus.REQUESTED);
        assertThat(requested.getInterventionId()).isEqualTo(7L);
        assertThat(requested.getQuantity()).isEqualByComparingTo("20");

        BpmnAwareTests.assertThat(process).isWaitingAt("administrative-check");
        BpmnAwareTests.assertThat(task(process)).hasCandidateGroup("administrative@ssp-disabili");
        checkIsee(process, "8000");

        BpmnAwareTests.assertThat(process).hasPassed("compute-co-payment").isWaitingAt("approval");
        BpmnAwareTests.assertThat(task(process)).hasCandidateGroup("area-manager@ssp-disabili");
        assertThat(actTypeOptions(process)).containsExactly("decision");
        // ISEE 8,000 falls in the band up to 10,000: the user pays 40% of 20.00
        assertThat(benefit(process).getCoPayment()).contains(CoPayment.of(new BigDecimal("20.00"), new BigDecimal("40")));
        approve(process);

        BpmnAwareTests.assertThat(process).isWaitingAt("activation");
        BpmnAwareTests.assertThat(task(process)).hasCandidateGroup("administrative@ssp-disabili");
        tasks.complete(task(process).getId(), ADMINISTRATIVE, Map.of("activationDate", "2026-03-09"));

        BpmnAwareTests.assertThat(process).isWaitingAt("record-deliveries");
        BpmnAwareTests.assertThat(task(process)).hasCandidateGroup("administrative@ssp-disabili");
        assertThat(task(process).getDueDate()).isEqualTo(startOfDay(LocalDate.of(2026, 6, 1)));
        Benefit active = benefit(process);
        assertThat(active.getStatus()).isEqualTo(BenefitStatus.ACTIVE);
        assertThat(active.getIsee()).get().extracting(attestation -> attestation.type()).isEqualTo(IseeType.SOCIO_HEALTH);
        assertThat(active.getAct()).get().satisfies(act -> {
            assertThat(act.type()).isEqualTo(ApprovalActType.DECISION);
            assertThat(act.number()).isEqualTo("45/2026");
            assertThat(act.date()).isEqualTo(LocalDate.of(2026, 3, 3));
        });
        assertThat(active.getSteps().getDecidedBy()).isEqualTo(AREA_MANAGER);
        assertThat(active.getSteps().getActivationDate()).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void endsWhenTheApproverRefusesTheBenefit() {
        ProcessInstance process = start(CaseFixture.CAMPOSAMPIERO, "disability");
        checkIsee(process, "8000");

        tasks.complete(task(process).getId(), AREA_MANAGER, Map.of("decision", "refuse",
                "refusalReason", "Il bisogno è coperto dalla rete familiare."));

        BpmnAwareTests.assertThat(process).isEnded().hasPassed("benefit-refused");
        Benefit refused = benefit(process);
        assertThat(refused.getStatus()).isEqualTo(BenefitStatus.REFUSED);
        assertThat(refused.getSteps().getRefusalReason()).isEqualTo("Il bisogno è coperto dalla rete familiare.");
        assertThat(refused.getAct()).isEmpty();
    }

    @Test
    void chargesTheFullTariffWithoutIsee() {
        ProcessInstance process = start(CaseFixture.CAMPOSAMPIERO, "disability");

        tasks.complete(task(process).getId(), ADMINISTRATIVE, Map.of("iseePresented", "no"));

        BpmnAwareTests.assertThat(process).hasPassed("compute-co-payment").isWaitingAt("approval");
        assertThat(benefit(process).getIsee()).isEmpty();
        assertThat(benefit(process).getCoPayment()).contains(CoPayment.of(new BigDecimal("20.00"), new BigDecimal("100")));
    }

    @Test
    void chargesNothingWithAnIseeUnderTheExemptionThreshold() {
        ProcessInstance process = activated(CaseFixture.CAMPOSAMPIERO, "2500");
        assertThat(benefit(process).getCoPayment()).contains(CoPayment.of(new BigDecimal("20.00"), BigDecimal.ZERO));

        deliver(process, "2026-03-10", "4", false);

        // 4 hours at 20.00 = 80.00, all paid by the body
        assertThat(deliveries(process)).containsExactly(split("80.00", "80.00", "0.00"));
    }

    @Test
    void recordsDeliveriesManyTimesThenWaitsForTheEndOfThePeriod() {
        ProcessInstance process = activated(CaseFixture.CAMPOSAMPIERO, "8000");

        deliver(process, "2026-03-10", "3,5", true);
        BpmnAwareTests.assertThat(process).isWaitingAt("record-deliveries");
        deliver(process, "2026-03-17", "2", false);

        // 3.5 h = 70.00 (user 40% = 28.00); 2 h = 40.00 (user 16.00); the health service pays nothing
        assertThat(deliveries(process)).containsExactly(split("70.00", "42.00", "28.00"), split("40.00", "24.00", "16.00"));
        BpmnAwareTests.assertThat(process).hasPassed("more-deliveries").isWaitingAt("period-over");

        passTheEndOf(LocalDate.of(2026, 5, 31), process);
        BpmnAwareTests.assertThat(process).isWaitingAt("renewal-decision");
        BpmnAwareTests.assertThat(task(process)).isAssignedTo("elena.conte");
    }

    @Test
    void renewsAtTheEndOfThePeriodThenEndsAfterTheSecond() {
        ProcessInstance process = activated(CaseFixture.CAMPOSAMPIERO, "8000");

        passTheEndOf(LocalDate.of(2026, 5, 31), process);
        BpmnAwareTests.assertThat(process).hasPassed("period-ended").isWaitingAt("renewal-decision");
        tasks.complete(task(process).getId(), "elena.conte", Map.of("renewal", "renew", "newPeriodTo", "2026-08-31"));

        BpmnAwareTests.assertThat(process).isWaitingAt("record-deliveries");
        assertThat(runtimeService.getVariable(process.getId(), "periodTo")).isEqualTo("2026-08-31");
        assertThat(task(process).getDueDate()).isEqualTo(startOfDay(LocalDate.of(2026, 9, 1)));
        assertThat(benefit(process).getRenewals()).singleElement()
                .satisfies(renewal -> assertThat(renewal.previousPeriodTo()).isEqualTo(LocalDate.of(2026, 5, 31)));
        deliver(process, "2026-07-01", "5", true);

        passTheEndOf(LocalDate.of(2026, 8, 31), process);
        tasks.complete(task(process).getId(), "elena.conte", Map.of("renewal", "end", "endReason", "period-over"));

        BpmnAwareTests.assertThat(process).isEnded().hasPassed("benefit-ended");
        Benefit ended = benefit(process);
        assertThat(ended.getStatus()).isEqualTo(BenefitStatus.ENDED);
        assertThat(ended.getSteps().getEndedOn()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(ended.getSteps().getEndReason()).isEqualTo(BenefitEndReason.PERIOD_OVER);
        assertThat(ended.getSteps().getEndedBy()).isEqualTo("elena.conte");
        assertThat(deliveries(process)).hasSize(1);
    }

    @Test
    void refusesADeliveryOutsideThePeriodAndChangesNothing() {
        ProcessInstance process = activated(CaseFixture.CAMPOSAMPIERO, "8000");
        String recording = task(process).getId();

        assertThatThrownBy(() -> deliver(process, "2026-06-15", "2", false))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.key() + " " + problem.messageCode())
                        .containsExactly("deliveryDate error.benefit.delivery-outside-period"));
        assertThatThrownBy(() -> deliver(process, "2026-03-05", "2", false)).isInstanceOf(SubmissionRefusedException.class);

        BpmnAwareTests.assertThat(process).isWaitingAt("record-deliveries");
        assertThat(task(process).getId()).isEqualTo(recording);
        assertThat(deliveries(process)).isEmpty();
    }

    @Test
    void refusedFormsChangeNothing() {
        ProcessInstance process = start(CaseFixture.CAMPOSAMPIERO, "disability");
        String check = task(process).getId();

        assertThatThrownBy(() -> tasks.complete(check, ADMINISTRATIVE, Map.of("iseePresented", "yes", "iseeType", "ordinary")))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.key() + " " + problem.messageCode())
                        .containsExactlyInAnyOrder("iseeValue error.form.required", "iseeExpiry error.form.required"));
        BpmnAwareTests.assertThat(process).isWaitingAt("administrative-check");
        assertThat(benefit(process).getStatus()).isEqualTo(BenefitStatus.REQUESTED);

        checkIsee(process, "8000");
        String approval = task(process).getId();
        assertThatThrownBy(() -> tasks.complete(approval, AREA_MANAGER, Map.of("decision", "approve",
                "actType", "board-resolution", "actNumber", "9", "actDate", "2026-03-03")))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.key() + " " + problem.messageCode())
                        .containsExactly("actType error.form.option"));
        assertThatThrownBy(() -> tasks.complete(approval, ADMINISTRATIVE, approval())).isInstanceOf(TaskNotFoundException.class);
        BpmnAwareTests.assertThat(process).isWaitingAt("approval");
        assertThat(benefit(process).getStatus()).isEqualTo(BenefitStatus.CHECKED);

        approve(process);
        assertThatThrownBy(() -> tasks.complete(task(process).getId(), ADMINISTRATIVE, Map.of("activationDate", "2026-07-01")))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.key() + " " + problem.messageCode())
                        .containsExactly("activationDate error.benefit.activation-outside-period"));
        BpmnAwareTests.assertThat(process).isWaitingAt("activation");
        assertThat(benefit(process).getStatus()).isEqualTo(BenefitStatus.APPROVED);
    }

    @Test
    void routesTheApprovalAsTheComuneThatKeepsTheAreaConfigures() {
        ProcessInstance process = start(CaseFixture.CITTADELLA, "poverty-adults");
        BpmnAwareTests.assertThat(task(process)).hasCandidateGroup("administrative@servizi-sociali-028032");
        taskService.addCandidateUser(task(process).getId(), ADMINISTRATIVE);
        checkIsee(process, "8000");

        BpmnAwareTests.assertThat(process).isWaitingAt("approval");
        BpmnAwareTests.assertThat(task(process)).hasCandidateGroup("social-worker@servizi-sociali-028032");
        assertThat(actTypeOptions(process)).containsExactly("board-resolution");
        tasks.complete(task(process).getId(), "giulia.sartori", Map.of("decision", "approve",
                "actType", "board-resolution", "actNumber", "DGC 31/2026", "actDate", "2026-03-04"));

        assertThat(benefit(process).getAct()).get()
                .satisfies(act -> assertThat(act.type()).isEqualTo(ApprovalActType.BOARD_RESOLUTION));
    }

    /** Starts the process as the presa in carico's multi-instance call activity does, for a new case. */
    private ProcessInstance start(String comune, String area) {
        SocialCase socialCase = caseFixture.open(comune, area);
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseId", socialCase.getId());
        variables.put("personId", socialCase.getPersonId());
        variables.put("comune", comune);
        variables.put("area", area);
        variables.put("caseManager", "elena.conte");
        variables.put("interventionId", 7L);
        variables.put("itemCode", "home-care-hours");
        variables.put("quantity", "20");
        variables.put("periodFrom", "2026-03-01");
        variables.put("periodTo", "2026-05-31");
        return runtimeService.startProcessInstanceByKey("benefit", "case-" + socialCase.getId(), variables);
    }

    /** A benefit of Camposampiero checked with an ordinary ISEE of the given value, approved and active from 9 March. */
    private ProcessInstance activated(String comune, String iseeValue) {
        ProcessInstance process = start(comune, "disability");
        checkIsee(process, iseeValue);
        approve(process);
        tasks.complete(task(process).getId(), ADMINISTRATIVE, Map.of("activationDate", "2026-03-09"));
        return process;
    }

    private void checkIsee(ProcessInstance process, String value) {
        tasks.complete(task(process).getId(), ADMINISTRATIVE, Map.of("iseePresented", "yes", "iseeType", "socio-health",
                "iseeValue", value, "iseeExpiry", "2026-12-31", "dsuProtocol", "INPS-ISEE-2026-00000001-00"));
    }

    private void approve(ProcessInstance process) {
        tasks.complete(task(process).getId(), AREA_MANAGER, approval());
    }

    private static Map<String, Object> approval() {
        return Map.of("decision", "approve", "actType", "decision", "actNumber", "45/2026", "actDate", "2026-03-03");
    }

    private void deliver(ProcessInstance process, String day, String quantity, boolean more) {
        tasks.complete(task(process).getId(), ADMINISTRATIVE, Map.of("deliveryDate", day, "quantity", quantity,
                "moreDeliveries", String.valueOf(more)));
    }

    /** Moves the engine clock past the last day of the period and fires the period's timer. */
    private static void passTheEndOf(LocalDate lastDay, ProcessInstance process) {
        Date periodOver = startOfDay(lastDay.plusDays(1));
        assertThat(job(process).getDuedate()).isEqualTo(periodOver);
        ClockUtil.setCurrentTime(new Date(periodOver.getTime() + 1000));
        execute(job(process));
    }

    /** The benefit of a process, running or ended. */
    private Benefit benefit(ProcessInstance process) {
        return benefits.get((Long) historyService.createHistoricVariableInstanceQuery().processInstanceId(process.getId())
                .variableName("benefitId").singleResult().getValue());
    }

    private List<CostSplit> deliveries(ProcessInstance process) {
        return benefits.deliveriesOf(benefit(process).getId()).stream().map(BenefitDelivery::cost).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> actTypeOptions(ProcessInstance process) {
        List<Map<String, String>> options = (List<Map<String, String>>) taskService.getVariableLocal(task(process).getId(),
                ApprovalActTypeOptions.OPTIONS);
        return options.stream().map(option -> option.get("value")).toList();
    }

    private static Date startOfDay(LocalDate day) {
        return Date.from(day.atStartOfDay(ROME).toInstant());
    }

    private static CostSplit split(String total, String body, String user) {
        return new CostSplit(new BigDecimal(total), new BigDecimal(body), new BigDecimal(user), new BigDecimal("0.00"));
    }
}
