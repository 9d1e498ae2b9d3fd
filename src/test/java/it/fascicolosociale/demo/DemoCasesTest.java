package it.fascicolosociale.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;

/**
 * The demo cases made on the test database, as {@code ./mvnw spring-boot:run} makes them at start: in the test's
 * transaction, so that nothing stays for the other tests. The tests load the demo data but do not ask for the demo
 * cases, so nothing makes them unless a test calls {@link DemoCases#makeOnce()}.
 */
@IntegrationTest
@Transactional
class DemoCasesTest {

    @Autowired
    DemoCases demoCases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskService taskService;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @Autowired
    EntityManager entities;

    @Test
    void areNotMadeAtStartInTheTests() {
        assertThat(context.getBeansOfType(ApplicationRunner.class).values()).noneMatch(DemoCasesRunner.class::isInstance);
    }

    @Test
    void makesFortyCasesAndMoreInEveryStateOnceAndOnlyOnce() {
        long casesBefore = lastId("social_case");
        long intakesBefore = lastId("intake");
        long overdueBefore = overdue();

        assertThat(demoCases.makeOnce()).isEqualTo(DemoCases.Outcome.MADE);
        entities.flush();

        assertCasesSpreadOverComuniAndAreas(casesBefore);
        assertCasesInEveryState(casesBefore);
        assertAccessiEndedEveryWay(intakesBefore);
        assertWorkWaitsAtEveryStep(casesBefore, intakesBefore);
        assertThat(overdue() - overdueBefore).as("tasks past their due date").isGreaterThanOrEqualTo(10);
        assertOneStoryInTime(casesBefore);
        assertTheClocksAreReleased();

        long cases = count("social_case");
        long submissions = count("form_submission");
        assertThat(demoCases.makeOnce()).isEqualTo(DemoCases.Outcome.ALREADY_THERE);
        assertThat(count("social_case")).isEqualTo(cases);
        assertThat(count("form_submission")).isEqualTo(submissions);
    }

    private void assertCasesSpreadOverComuniAndAreas(long casesBefore) {
        assertThat(count("social_case where id > ?", casesBefore)).isGreaterThanOrEqualTo(40);
        assertThat(count("(select distinct comune from social_case where id > ?) c", casesBefore)).isGreaterThanOrEqualTo(8);
        assertThat(strings("select distinct user_area_code from social_case where id > ?", casesBefore))
                .containsExactlyInAnyOrder("family-minors", "disability", "addiction", "elderly", "immigrants",
                        "poverty-adults", "multi-user");
    }

    private void assertCasesInEveryState(long casesBefore) {
        assertThat(strings("select distinct status from social_case where id > ?", casesBefore)).contains("OPEN", "CLOSED");
        assertThat(strings("select distinct closure_reason from social_case where id > ? and status = 'CLOSED'", casesBefore))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(count("case_event where kind = 'REOPENED' and case_id > ?", casesBefore)).isOne();
        assertThat(count("case_event where kind = 'URGENT_REPORT' and case_id > ?", casesBefore)).isOne();
        assertThat(strings("select distinct status from care_plan where case_id > ?", casesBefore))
                .contains("SUBMITTED", "APPROVED", "REJECTED");
        assertThat(strings("select distinct status from benefit where case_id > ?", casesBefore))
                .contains("REQUESTED", "CHECKED", "APPROVED", "REFUSED", "ACTIVE", "ENDED");
        assertThat(count("benefit_delivery d join benefit b on b.id = d.benefit_id where b.case_id > ?", casesBefore))
                .isGreaterThanOrEqualTo(20);
        assertThat(strings("select distinct status from referral where case_id > ?", casesBefore))
                .contains("SENT", "ACCEPTED", "DECLINED");
        assertThat(count("case_note where case_id > ?", casesBefore)).isGreaterThanOrEqualTo(3);
    }

    private void assertAccessiEndedEveryWay(long intakesBefore) {
        assertThat(strings("select distinct status from intake where id > ?", intakesBefore))
                .contains("REGISTERED", "INFORMED", "REFERRED", "PROPOSED", "REJECTED", "ACCEPTED");
    }

    private void assertWorkWaitsAtEveryStep(long casesBefore, long intakesBefore) {
        Set<String> waiting = taskService.createTaskQuery()
                .processInstanceBusinessKeyIn(demoBusinessKeys(casesBefore, intakesBefore)).list().stream()
                .map(Task::getTaskDefinitionKey).collect(Collectors.toSet());
        assertThat(waiting).contains("first-interview", "urgent-escalation", "case-decision", "first-interview-reminder",
                "social-assessment", "prepare-social-part", "convene-session", "record-outcome", "session-reminder",
                "draft-plan", "approve-plan", "administrative-check", "approval", "activation", "record-deliveries",
                "renewal-decision", "unit-decision", "answer-review", "collaboration-update",
                "update-review", "propose-closure", "approve-closure", "handle-urgent-report");
    }

    /** The domain, the form submissions and the engine's history date the same steps on the same past days. */
    private void assertOneStoryInTime(long casesBefore) {
        Instant firstOpened = jdbc.sql("select min(opened_at) from social_case where id > ?").param(casesBefore)
                .query(Instant.class).single();
        Instant firstSubmission = jdbc.sql("select min(submitted_at) from form_submission f join social_case c"
                + " on f.business_key = 'case-' || c.id where c.id > ?").param(casesBefore).query(Instant.class).single();
        assertThat(firstOpened).isBefore(Instant.now().minus(90, ChronoUnit.DAYS));
        assertThat(firstSubmission).isAfter(firstOpened).isBefore(Instant.now().minus(80, ChronoUnit.DAYS));
        assertThat(count("case_event e join social_case c on c.id = e.case_id"
                + " where c.id > ? and e.kind = 'OPENED' and e.at <> c.opened_at", casesBefore)).isZero();
    }

    private void assertTheClocksAreReleased() {
        assertThat(ClockUtil.getCurrentTime().getTime()).isCloseTo(System.currentTimeMillis(), within(5_000L));
        assertThat(clock.millis()).isCloseTo(System.currentTimeMillis(), within(5_000L));
    }

    private String[] demoBusinessKeys(long casesBefore, long intakesBefore) {
        return jdbc.sql("select 'case-' || id from social_case where id > :cases"
                        + " union select 'intake-' || id from intake where id > :intakes"
                        + " union select 'referral-' || id from referral where intake_id > :intakes or case_id > :cases")
                .param("cases", casesBefore).param("intakes", intakesBefore)
                .query(String.class).list().toArray(String[]::new);
    }

    private long overdue() {
        return taskService.createTaskQuery().dueBefore(new Date()).count();
    }

    private long lastId(String table) {
        return jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single();
    }

    private long count(String from, Object... params) {
        return jdbc.sql("select count(*) from " + from).params(params).query(Long.class).single();
    }

    private List<String> strings(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(String.class).list();
    }
}
