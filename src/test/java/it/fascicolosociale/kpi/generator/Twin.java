package it.fascicolosociale.kpi.generator;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import it.fascicolosociale.kpi.Indicator;

/**
 * What the KPI code can see of one process instance, without the ids the engine draws: its activities (with the
 * activity that contains each), its tasks, their candidate groups, the instance itself and its variables, the
 * domain rows of its accesso, and the figures of the indicators computed with it in the database.
 */
record Twin(List<String> activities, List<String> tasks, List<String> candidateGroups, List<String> process,
            List<String> variables, Map<String, Object> intake, Map<String, Object> person,
            Map<Indicator, List<List<Object>>> figures) {

    private static final String ACTIVITIES = """
            select concat_ws(' | ', a.act_id_, a.act_type_, a.act_name_, a.act_inst_state_,
                       coalesce(pa.act_id_, case when a.parent_act_inst_id_ = a.proc_inst_id_ then 'process' else 'unknown' end),
                       a.task_id_ is not null, a.assignee_, a.start_time_, a.end_time_, a.duration_, a.proc_def_id_)
            from act_hi_actinst a left join act_hi_actinst pa on pa.id_ = a.parent_act_inst_id_
            where a.proc_inst_id_ = :id order by 1""";
    private static final String TASKS = """
            select concat_ws(' | ', task_def_key_, name_, assignee_, start_time_, end_time_, duration_, delete_reason_,
                       due_date_, priority_, task_state_, proc_def_key_, proc_def_id_, root_proc_inst_id_ = proc_inst_id_)
            from act_hi_taskinst where proc_inst_id_ = :id order by 1""";
    private static final String GROUPS = """
            select concat_ws(' | ', t.task_def_key_, l.group_id_, l.operation_type_, l.proc_def_key_)
            from act_hi_identitylink l join act_hi_taskinst t on t.id_ = l.task_id_
            where t.proc_inst_id_ = :id and l.type_ = 'candidate' order by 1""";
    private static final String PROCESS = """
            select concat_ws(' | ', business_key_, proc_def_key_, proc_def_id_, start_time_, end_time_, duration_,
                       start_user_id_, start_act_id_, end_act_id_, state_, super_process_instance_id_, root_proc_inst_id_ = id_)
            from act_hi_procinst where id_ = :id""";
    private static final String VARIABLES = """
            select concat_ws(' | ', name_, var_type_, coalesce(text_, long_::text)) from act_hi_varinst
            where proc_inst_id_ = :id order by 1""";

    static Twin read(JdbcClient jdbc, String processInstanceId, Map<Indicator, List<List<Object>>> figures) {
        String businessKey = jdbc.sql("select business_key_ from act_hi_procinst where id_ = :id")
                .param("id", processInstanceId).query(String.class).single();
        long intakeId = Long.parseLong(businessKey.substring("intake-".length()));
        Map<String, Object> intake = jdbc.sql("select * from intake where id = :id").param("id", intakeId).query().singleRow();
        Map<String, Object> person = jdbc.sql("select * from person where id = :id").param("id", intake.get("person_id"))
                .query().singleRow();
        return new Twin(lines(jdbc, ACTIVITIES, processInstanceId), lines(jdbc, TASKS, processInstanceId),
                lines(jdbc, GROUPS, processInstanceId), lines(jdbc, PROCESS, processInstanceId),
                lines(jdbc, VARIABLES, processInstanceId), intake, person, figures);
    }

    private static List<String> lines(JdbcClient jdbc, String sql, String processInstanceId) {
        return jdbc.sql(sql).param("id", processInstanceId).query(String.class).list();
    }
}
