package it.fascicolosociale.kpi.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.kpi.Indicator;
import it.fascicolosociale.kpi.KpiFilter;
import it.fascicolosociale.kpi.Kpis;
import it.fascicolosociale.workflow.ProcessStart;
import it.fascicolosociale.workflow.TaskCompletion;

/**
 * An accesso driven through the engine, form by form (urgent, first interview late so the escalation fires, case
 * proposed and accepted), and its twin written by the generator with the same times and people, each in its own
 * rolled-back transaction: the history rows the KPI code reads are the same (activities with their types, names,
 * states and parents; tasks with assignees, due dates and end reasons; candidate groups), and so are the figures
 * of the indicators read from the engine's history.
 */
@IntegrationTest
class GeneratedTwinTest {

    private static final Instant REGISTERED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant ESCALATED = REGISTERED.plusSeconds(4 * 3600);
    private static final Instant HANDLED = Instant.parse("2026-03-02T14:00:00Z");
    private static final Instant INTERVIEWED = Instant.parse("2026-03-03T08:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-03-04T09:00:00Z");
    private static final KpiFilter DAYS_OF_THE_ACCESSO = new KpiFilter(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3),
            null, null, null);
    private static final List<Indicator> FROM_HISTORY = List.of(Indicator.TASKS_BY_UNIT, Indicator.TASKS_BY_OPERATOR,
            Indicator.ESCALATIONS);

    @Autowired ProcessEngine engine;
    @Autowired ProcessStart processStart;
    @Autowired TaskCompletion tasks;
    @Autowired RepositoryService repository;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Kpis kpis;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theGeneratedTwinOfAnAccessoHasTheEnginesHistoryAndFigures() {
        Twin driven = rolledBack(this::driveThroughTheEngine);
        Twin generated = rolledBack(() -> generate(driven, HANDLED));
        Twin handledLater = rolledBack(() -> generate(driven, HANDLED.plusSeconds(60)));

        assertThat(driven.activities()).hasSize(11);
        assertThat(driven.tasks()).hasSize(3);
        assertThat(driven.candidateGroups()).containsExactly("case-decision | coordinator@ssp-disabili | add | intake",
                "first-interview | social-worker@segretariato-028019 | add | intake",
                "urgent-escalation | coordinator@ssp-disabili | add | intake");

        assertThat(generated.activities()).isEqualTo(driven.activities());
        assertThat(generated.tasks()).isEqualTo(driven.tasks());
        assertThat(generated.candidateGroups()).isEqualTo(driven.candidateGroups());
        assertThat(generated.process()).isEqualTo(driven.process());
        assertThat(driven.variables()).containsAll(generated.variables());
        assertThat(generated.figures()).isEqualTo(driven.figures());
        assertThat(driven.figures().get(Indicator.ESCALATIONS)).isNotEmpty();
        assertThat(handledLater.tasks()).isNotEqualTo(driven.tasks());
    }

    private Twin driveThroughTheEngine() {
        init(engine);
        at(REGISTERED);
        Map<String, Object> form = new HashMap<>(Map.of("firstName", "Prova", "lastName", "Gemello", "sex", "F",
                "birthDate", "1970-06-15", "missingFiscalCodeReason", "NOT_DISCLOSED"));
        form.putAll(Map.of("comune", "028019", "area", "disability", "channel", "desk", "requesterKind", "self",
                "need", "Chiede un sostegno.", "urgent", "true"));
        ProcessInstance intake = processStart.start("intake", "laura.bianchi", form).processInstance();
        at(ESCALATED);
        execute(job(intake));
        at(HANDLED);
        tasks.complete(task(intake, "urgent-escalation"), "giorgio.moretti", Map.of("actionTaken", "Chiamata l'assistente sociale."));
        at(INTERVIEWED);
        tasks.complete(task(intake, "first-interview"), "laura.bianchi", Map.of("interviewNotes", "Situazione complessa.",
                "outcome", "case-proposal", "proposalReason", "Serve un progetto personalizzato."));
        at(DECIDED);
        tasks.complete(task(intake, "case-decision"), "giorgio.moretti", Map.of("decision", "accept", "caseManager", "elena.conte"));
        return Twin.read(jdbc, intake.getId(), figures());
    }

    private Twin generate(Twin driven, Instant escalationHandled) {
        Map<String, Object> person = driven.person();
        Map<String, Object> intake = driven.intake();
        insert("person", person);
        Map<String, Object> withoutCase = new HashMap<>(intake);
        withoutCase.put("case_id", null);
        insert("intake", withoutCase);
        Ats ats = new Ats(new Draws(new Random(1)), null, Map.of("intake", ProcessModel.latest(repository, "intake")), Map.of());
        new IntakeStory(ats).history(new IntakeStory.IntakeRun((Long) intake.get("id"), (Long) person.get("id"), "028019",
                "disability", true, "ACCEPTED", REGISTERED, INTERVIEWED, escalationHandled, DECIDED, "laura.bianchi", "ssp-disabili",
                "giorgio.moretti"));
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            for (Table table : ats.history.tables()) {
                table.copy(connection);
            }
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
        String generatedId = jdbc.sql("select id_ from act_hi_procinst where business_key_ = :key")
                .param("key", "intake-" + intake.get("id")).query(String.class).single();
        return Twin.read(jdbc, generatedId, figures());
    }

    private Map<Indicator, List<List<Object>>> figures() {
        Map<Indicator, List<List<Object>>> figures = new HashMap<>();
        FROM_HISTORY.forEach(indicator -> figures.put(indicator, kpis.compute(indicator, DAYS_OF_THE_ACCESSO).rows()));
        return figures;
    }

    private void insert(String table, Map<String, Object> row) {
        String columns = String.join(", ", row.keySet());
        String values = ":" + String.join(", :", row.keySet());
        jdbc.sql("insert into " + table + " (" + columns + ") values (" + values + ")").params(row).update();
    }

    private String task(ProcessInstance intake, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(intake.getId()).taskDefinitionKey(key)
                .singleResult().getId();
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    private <T> T rolledBack(Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            return work.get();
        });
    }
}
