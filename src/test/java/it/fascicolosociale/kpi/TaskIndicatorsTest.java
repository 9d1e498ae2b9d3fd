package it.fascicolosociale.kpi;

import static it.fascicolosociale.kpi.Figures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import it.fascicolosociale.workflow.ProcessStart;
import it.fascicolosociale.workflow.TaskCompletion;

/**
 * Tasks per unit and per operator and the escalations fired, from the engine's history of two accessi of
 * Camposampiero (disability) driven through the intake process on the engine clock (times UTC; Italy is UTC+1):
 * <pre>
 * A urgent, registered 02/03 08:00: first interview (front office of Camposampiero, due in 1 day: 03/03 08:00);
 *   the escalation fires at 12:00 (coordinators of the disability service, due in 4 hours: 16:00), handled by
 *   giorgio.moretti at 17:00 (late); the first interview done by laura.bianchi on 04/03 08:00 (late), information.
 * B registered 02/03 10:00: first interview (due in 15 days) done by laura.bianchi at 15:00, case proposed; the
 *   case decision (due in 10 days: 12/03 15:00) stays open.
 * </pre>
 * The period is 2 and 3 March in Italy: 01/03 23:00 to 03/03 23:00 UTC.
 */
@KpiDataTest
class TaskIndicatorsTest {

    static final KpiFilter SECOND_AND_THIRD_OF_MARCH = new KpiFilter(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), "028019",
            null, null);

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessStart processStart;

    @Autowired
    TaskCompletion tasks;

    @Autowired
    Kpis kpis;

    @Autowired
    JdbcClient jdbc;

    ProcessInstance urgent;

    @BeforeEach
    void twoAccessiThroughTheEngine() {
        init(engine);
        at("2026-03-02T08:00:00Z");
        urgent = processStart.start("intake", "laura.bianchi", intakeForm("true")).processInstance();
        at("2026-03-02T10:00:00Z");
        ProcessInstance ordinary = processStart.start("intake", "laura.bianchi", intakeForm("false")).processInstance();
        at("2026-03-02T12:00:00Z");
        execute(job(urgent));
        at("2026-03-02T15:00:00Z");
        tasks.complete(task(ordinary, "first-interview"), "laura.bianchi", Map.of("interviewNotes", "Situazione complessa.",
                "outcome", "case-proposal", "proposalReason", "Serve un progetto personalizzato."));
        at("2026-03-02T17:00:00Z");
        tasks.complete(task(urgent, "urgent-escalation"), "giorgio.moretti", Map.of("actionTaken", "Chiamata l'assistente sociale."));
        at("2026-03-04T08:00:00Z");
        tasks.complete(task(urgent, "first-interview"), "laura.bianchi", Map.of("interviewNotes", "Orientata ai servizi.",
                "outcome", "information", "informationGiven", "Indicati i servizi del territorio."));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void countsTheTasksOfEachUnitOpenOverdueAndCompletedInThePeriod() {
        KpiTable byUnit = kpis.compute(Indicator.TASKS_BY_UNIT, SECOND_AND_THIRD_OF_MARCH);

        // front office: A's first interview open at the end (done only on 4 March) and overdue (due 3 March 08:00),
        // B's completed on time
        assertThat(row(byUnit, "unit", "segretariato-028019")).containsEntry("open", 1L).containsEntry("overdue", 1L)
                .containsEntry("completed", 1L).containsEntry("completed_late", 0L);
        // disability service: the escalation completed at 17:00, due at 16:00: late; B's case decision open, not yet due
        assertThat(row(byUnit, "unit", "ssp-disabili")).containsEntry("open", 1L).containsEntry("overdue", 0L)
                .containsEntry("completed", 1L).containsEntry("completed_late", 1L);
        assertThat(byUnit.rows()).hasSize(2);
    }

    @Test
    void countsTheTasksOfEachOperator() {
        KpiTable byOperator = kpis.compute(Indicator.TASKS_BY_OPERATOR, SECOND_AND_THIRD_OF_MARCH);

        // laura.bianchi: B's first interview completed; A's, open at the end of the period, is hers in the history
        assertThat(row(byOperator, "operator", "laura.bianchi")).containsEntry("open", 1L).containsEntry("overdue", 1L)
                .containsEntry("completed", 1L).containsEntry("completed_late", 0L);
        assertThat(row(byOperator, "operator", "giorgio.moretti")).containsEntry("open", 0L).containsEntry("completed", 1L)
                .containsEntry("completed_late", 1L);
        // the open case decision has no operator yet
        assertThat(byOperator.rows()).hasSize(2);
    }

    @Test
    void countsTheTaskCompletedOnTheDayAfterInTheNextPeriodOnly() {
        KpiTable fourth = kpis.compute(Indicator.TASKS_BY_UNIT, new KpiFilter(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 4),
                "028019", null, null));

        // 4 March: A's first interview completed late; the case decision still open
        assertThat(row(fourth, "unit", "segretariato-028019")).containsEntry("open", 0L).containsEntry("completed", 1L)
                .containsEntry("completed_late", 1L);
        assertThat(row(fourth, "unit", "ssp-disabili")).containsEntry("open", 1L).containsEntry("completed", 0L);
    }

    @Test
    void countsTheEscalationsFiredInThePeriod() {
        KpiTable escalations = kpis.compute(Indicator.ESCALATIONS, SECOND_AND_THIRD_OF_MARCH);

        // A's escalation fired on 2 March at 12:00
        assertThat(row(escalations, "activity", "urgent-escalation")).containsEntry("process", "intake")
                .containsEntry("escalations", 1L);
        assertThat(escalations.rows()).hasSize(1);
        // none on 4 March, none in another comune
        assertThat(kpis.compute(Indicator.ESCALATIONS, new KpiFilter(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 4), "028019",
                null, null)).rows()).isEmpty();
        assertThat(kpis.compute(Indicator.ESCALATIONS, SECOND_AND_THIRD_OF_MARCH.forComune("028032")).rows()).isEmpty();
    }

    @Test
    void keepsTheTaskRollupEqualToTheEnginesHistoryThroughEveryWrite() {
        // the engine's inserts, assignments and completions above reached the rollup through its triggers
        assertThat(jdbc.sql("select candidate_unit from kpi_task where proc_inst_id = :instance order by started_at")
                .param("instance", urgent.getId()).query(String.class).list())
                .containsExactly("segretariato-028019", "ssp-disabili");
        assertRollupsEqualTheirSources();

        // history removed (as the engine's history cleanup does): the candidate link first, then the task
        String escalation = jdbc.sql("select id_ from act_hi_taskinst where proc_inst_id_ = :instance and task_def_key_ = 'urgent-escalation'")
                .param("instance", urgent.getId()).query(String.class).single();
        jdbc.sql("delete from act_hi_identitylink where task_id_ = :task").param("task", escalation).update();
        assertThat(jdbc.sql("select candidate_unit is null from kpi_task where task_id = :task").param("task", escalation)
                .query(Boolean.class).single()).isTrue();
        assertRollupsEqualTheirSources();
        jdbc.sql("delete from act_hi_taskinst where id_ = :task").param("task", escalation).update();
        assertThat(jdbc.sql("select count(*) from kpi_task where task_id = :task").param("task", escalation)
                .query(Long.class).single()).isZero();
        assertRollupsEqualTheirSources();
    }

    @Test
    void keepsEachTasksComuneAreaUnitAndBodyInStepWithTheDomain() {
        long intake = Long.parseLong(urgent.getBusinessKey().substring("intake-".length()));
        assertThat(attribution()).containsExactly("028019 disability ssp-disabili", "028019 disability ssp-disabili");

        // the accesso moved to another comune: its tasks go with it
        jdbc.sql("update intake set comune = '028032' where id = :intake").param("intake", intake).update();
        assertThat(attribution()).allMatch(task -> task.startsWith("028032 disability "));
        assertRollupsEqualTheirSources();
        assertThat(row(kpis.compute(Indicator.TASKS_BY_UNIT, SECOND_AND_THIRD_OF_MARCH), "unit", "ssp-disabili"))
                .containsEntry("completed", 0L);

        // the delegation of its comune and area handed to another unit
        jdbc.sql("""
                update delegation set unit_id = (select id from organizational_unit where code = 'segretariato-028019')
                where municipality_id = (select id from municipality where istat_code = '028032')
                  and user_area_code = 'disability'""").update();
        assertThat(attribution()).containsOnly("028032 disability segretariato-028019");
        assertRollupsEqualTheirSources();

        // and removed: no unit in charge, no managing body
        jdbc.sql("""
                delete from delegation where municipality_id = (select id from municipality where istat_code = '028032')
                  and user_area_code = 'disability'""").update();
        assertThat(attribution()).containsOnly("028032 disability null");
        assertRollupsEqualTheirSources();
    }

    @Test
    void countsTheCompletedTasksOfWholeMonthsFromTheMonthRollup() {
        // March and April in Italy: 28/02 23:00 to 30/04 22:00 UTC; March is a whole month of the engine's time (UTC)
        KpiFilter marchAndApril = new KpiFilter(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30), "028019", null, null);
        assertThat(jdbc.sql("select sum(completed) from kpi_task_month where month = timestamp '2026-03-01' and comune = '028019'")
                .query(Long.class).single()).isEqualTo(3L);

        // front office: both first interviews completed in March, A's late; disability service: the escalation
        // completed late, B's case decision open at the end of April and overdue since 12 March
        KpiTable byUnit = kpis.compute(Indicator.TASKS_BY_UNIT, marchAndApril);
        assertThat(row(byUnit, "unit", "segretariato-028019")).containsEntry("open", 0L).containsEntry("overdue", 0L)
                .containsEntry("completed", 2L).containsEntry("completed_late", 1L);
        assertThat(row(byUnit, "unit", "ssp-disabili")).containsEntry("open", 1L).containsEntry("overdue", 1L)
                .containsEntry("completed", 1L).containsEntry("completed_late", 1L);
        KpiTable byOperator = kpis.compute(Indicator.TASKS_BY_OPERATOR, marchAndApril);
        assertThat(row(byOperator, "operator", "laura.bianchi")).containsEntry("completed", 2L).containsEntry("completed_late", 1L);
        assertThat(row(byOperator, "operator", "giorgio.moretti")).containsEntry("completed", 1L).containsEntry("completed_late", 1L);
    }

    /** kpi_task equals its view, and kpi_task_month the view over kpi_task. */
    private void assertRollupsEqualTheirSources() {
        assertThat(RollupCheck.differences(jdbc, "kpi_task", "kpi_task_source")).isZero();
        assertThat(RollupCheck.differences(jdbc, "kpi_task_month", "kpi_task_month_source")).isZero();
    }

    /** Comune, area and delegated unit of the urgent accesso's tasks, in the order they began. */
    private List<String> attribution() {
        return jdbc.sql("select concat_ws(' ', comune, area, coalesce(delegated_unit, 'null')) from kpi_task where proc_inst_id = :instance order by started_at")
                .param("instance", urgent.getId()).query(String.class).list();
    }

    private static Map<String, Object> intakeForm(String urgent) {
        Map<String, Object> form = new HashMap<>(Map.of("firstName", "Prova", "lastName", "Compito" + urgent, "sex", "F",
                "birthDate", "1970-06-15", "missingFiscalCodeReason", "NOT_DISCLOSED"));
        form.putAll(Map.of("comune", "028019", "area", "disability", "channel", "desk", "requesterKind", "self",
                "need", "Chiede un sostegno.", "urgent", urgent));
        return form;
    }

    private String task(ProcessInstance instance, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
                .singleResult().getId();
    }

    private static void at(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }
}
