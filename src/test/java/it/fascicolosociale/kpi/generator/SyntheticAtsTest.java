package it.fascicolosociale.kpi.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.kpi.RollupCheck;

/**
 * The generator on a tiny scale: the same seed gives the same rows (counts and checksums of ids, times and
 * states), every history row names an activity of its deployed process definition, the engine reads the history
 * back, and no generated process instance is left running. Each run is rolled back.
 */
@IntegrationTest
class SyntheticAtsTest {

    private static final double TINY = 0.004;

    /** Each counts the history rows that point at nothing: all must find none. */
    private static final List<String> DANGLING = List.of(
            "select count(*) from act_hi_procinst p where not exists (select 1 from act_re_procdef d where d.id_ = p.proc_def_id_)",
            "select count(*) from act_hi_actinst a where not exists (select 1 from act_re_procdef d where d.id_ = a.proc_def_id_)",
            "select count(*) from act_hi_taskinst t where not exists (select 1 from act_re_procdef d where d.id_ = t.proc_def_id_)",
            "select count(*) from act_hi_varinst v where not exists (select 1 from act_re_procdef d where d.id_ = v.proc_def_id_)",
            "select count(*) from act_hi_actinst a where not exists (select 1 from act_hi_procinst p where p.id_ = a.proc_inst_id_)",
            "select count(*) from act_hi_actinst a where a.parent_act_inst_id_ <> a.proc_inst_id_"
                    + " and not exists (select 1 from act_hi_actinst pa where pa.id_ = a.parent_act_inst_id_)",
            "select count(*) from act_hi_actinst a where a.call_proc_inst_id_ is not null"
                    + " and not exists (select 1 from act_hi_procinst p where p.id_ = a.call_proc_inst_id_ and p.super_process_instance_id_ = a.proc_inst_id_)",
            "select count(*) from act_hi_taskinst t where not exists (select 1 from act_hi_actinst a where a.id_ = t.act_inst_id_"
                    + " and a.task_id_ = t.id_ and a.act_id_ = t.task_def_key_)",
            "select count(*) from act_hi_identitylink l where not exists (select 1 from act_hi_taskinst t where t.id_ = l.task_id_)",
            "select count(*) from act_hi_procinst p where p.super_process_instance_id_ is not null"
                    + " and not exists (select 1 from act_hi_procinst s where s.id_ = p.super_process_instance_id_)",
            "select count(*) from act_hi_procinst p where p.business_key_ like 'case-%'"
                    + " and not exists (select 1 from social_case c where 'case-' || c.id = p.business_key_)",
            "select count(*) from act_hi_procinst p where p.business_key_ like 'intake-%'"
                    + " and not exists (select 1 from intake i where 'intake-' || i.id = p.business_key_)",
            "select count(*) from intake i where i.status = 'ACCEPTED' and not exists (select 1 from social_case c where c.id = i.case_id)",
            "select count(*) from social_case c where not exists (select 1 from act_hi_procinst p"
                    + " where p.business_key_ = 'case-' || c.id and p.proc_def_key_ = 'social-case')");

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    RepositoryService repository;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sameSeedGivesTheSameAtsAndAnotherSeedAnother() {
        List<String> first = generate(7);
        List<String> second = generate(7);
        List<String> other = generate(8);

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void writesHistoryTheEngineReadsWithTheDeployedActivities() {
        inRolledBackTransaction(() -> {
            Map<String, Long> rows = load(11);
            assertThat(rows.get("social_case")).isGreaterThan(100);
            assertThat(rows.get("act_hi_actinst")).isGreaterThan(rows.get("social_case") * 20);
            assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("social-case").finished().count())
                    .isEqualTo(rows.get("social_case"));
            assertThat(history.createHistoricTaskInstanceQuery().processDefinitionKey("benefit").count()).isPositive();
            assertThat(jdbc.sql("select count(*) from act_hi_procinst where end_time_ is null").query(Long.class).single()).isZero();
            assertThat(unknownActivities()).isEmpty();
            assertThat(DANGLING.stream().filter(sql -> jdbc.sql(sql).query(Long.class).single() > 0).toList()).isEmpty();
            assertThat(jdbc.sql("select count(*) from social_case c where not exists (select 1 from intake i where i.case_id = c.id)")
                    .query(Long.class).single()).isZero();
            // the rollups the triggers kept through the load (the application's role does not rebuild them) are the
            // plain queries over what it wrote
            assertThat(jdbc.sql("select count(*) from kpi_task").query(Long.class).single())
                    .isEqualTo(jdbc.sql("select count(*) from act_hi_taskinst").query(Long.class).single());
            assertThat(RollupCheck.differences(jdbc, "kpi_task", "kpi_task_source")).isZero();
            assertThat(jdbc.sql("select count(*) from kpi_delivery_month").query(Long.class).single()).isPositive();
            assertThat(RollupCheck.differences(jdbc, "kpi_delivery_month", "kpi_delivery_month_source")).isZero();
            assertThat(RollupCheck.differences(jdbc, "kpi_delivery_person", "kpi_delivery_person_source")).isZero();
            assertThat(jdbc.sql("select count(*) from kpi_case_event").query(Long.class).single()).isPositive();
            assertThat(RollupCheck.differences(jdbc, "kpi_case_event", "kpi_case_event_source")).isZero();
            assertThat(jdbc.sql("select count(*) from kpi_task_month").query(Long.class).single()).isPositive();
            assertThat(RollupCheck.differences(jdbc, "kpi_task_month", "kpi_task_month_source")).isZero();
            assertThat(jdbc.sql("select count(*) from kpi_intake_lead").query(Long.class).single())
                    .isEqualTo(jdbc.sql("select count(*) from intake").query(Long.class).single());
            assertThat(RollupCheck.differences(jdbc, "kpi_intake_lead", "kpi_intake_lead_source")).isZero();
            return null;
        });
    }

    private List<String> generate(long seed) {
        return inRolledBackTransaction(() -> {
            List<String> fingerprint = new ArrayList<>();
            load(seed).forEach((table, count) -> fingerprint.add(table + "=" + count));
            for (String sql : List.of(
                    "select md5(string_agg(id || registered_at::text || status || comune || user_area_code, ',' order by id)) from intake",
                    "select md5(string_agg(id || opened_at::text || case_manager || coalesce(closure_reason, ''), ',' order by id)) from social_case",
                    "select md5(string_agg(id || delivered_on::text || total_amount || body_amount, ',' order by id)) from benefit_delivery",
                    "select md5(string_agg(id_ || act_id_ || start_time_::text || coalesce(end_time_::text, '') || act_inst_state_, ',' order by id_)) from act_hi_actinst",
                    "select md5(string_agg(id_ || task_def_key_ || coalesce(assignee_, '') || coalesce(due_date_::text, ''), ',' order by id_)) from act_hi_taskinst")) {
                fingerprint.add(jdbc.sql(sql).query(String.class).single());
            }
            return fingerprint;
        });
    }

    private Map<String, Long> load(long seed) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return SyntheticAts.load(connection, repository, seed, TINY);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    private List<String> unknownActivities() {
        List<String> unknown = new ArrayList<>();
        jdbc.sql("select distinct proc_def_id_, act_id_ from act_hi_actinst").query().listOfRows().forEach(row -> {
            String activity = ((String) row.get("act_id_")).replace(ProcessModel.MULTI_INSTANCE_BODY, "");
            if (repository.getBpmnModelInstance((String) row.get("proc_def_id_")).getModelElementById(activity) == null) {
                unknown.add(row.get("proc_def_id_") + " " + activity);
            }
        });
        return unknown;
    }

    private <T> T inRolledBackTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            return work.get();
        });
    }
}
