package it.fascicolosociale.kpi;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Work from the engine's history: tasks open, overdue and completed per unit and per operator, and the
 * escalations fired (the reminder tasks the BPMN starts when a deadline passes, listed in
 * {@code fascicolo.kpi.escalation-activities} as {@code process:activity}, so a redesigned process only needs
 * the list changed). A task belongs to the unit of its candidate group, or, when it is assigned to a person
 * (the case manager), to the unit the delegation table puts in charge of its comune and area on the day it began.
 * Tasks are read from {@code kpi_task}, the history's tasks with their candidate unit and the comune, area, unit and
 * managing body of the work they belong to, kept by triggers in step with the engine's history and the domain
 * (migrations V0201 and V0220).
 */
@Component
class TaskIndicators {

    private static final String TASKS = """
            with counted as (
                select %s as key,
                       count(*) filter (where t.ended_at is null or t.ended_at >= :engineEnd) as open,
                       count(*) filter (where (t.ended_at is null or t.ended_at >= :engineEnd) and t.due_at < :engineEnd) as overdue,
                       count(*) filter (where t.ended_at >= :engineStart and t.ended_at < :engineEnd and t.end_reason = 'completed') as completed,
                       count(*) filter (where t.ended_at >= :engineStart and t.ended_at < :engineEnd and t.end_reason = 'completed'
                                        and t.ended_at > t.due_at) as completed_late
                from kpi_task t
                where t.started_at < :engineEnd and (t.ended_at >= :engineStart or t.ended_at is null) %s
                group by 1)
            """;

    private static final String BY_UNIT = TASKS + """
            select c.key as unit, u.name as unit_name, c.open, c.overdue, c.completed, c.completed_late
            from counted c left join organizational_unit u on u.code = c.key
            order by u.name nulls last, c.key""";

    private static final String BY_OPERATOR = TASKS + """
            select c.key as operator, c.open, c.overdue, c.completed, c.completed_late
            from counted c where c.key is not null
            order by c.open desc, c.completed desc, c.key""";

    private static final String ESCALATIONS = """
            with fired as (
                select a.proc_def_key_, a.act_id_, a.act_name_, a.start_time_, p.business_key_ as bk
                from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_
                where a.start_time_ >= :engineStart and a.start_time_ < :engineEnd
                  and a.act_id_ in (:activities) and a.proc_def_key_ || ':' || a.act_id_ in (:escalations))
            select f.proc_def_key_ as process, f.act_id_ as activity, max(f.act_name_) as activity_name, count(*) as escalations
            from fired f %s %s where true %s
            group by f.proc_def_key_, f.act_id_
            order by escalations desc, process, activity""";

    private final JdbcClient jdbc;
    private final List<String> escalationActivities;
    /** The activity ids alone, which the history's index on activity and start time finds (migration V0200). */
    private final List<String> escalationActivityIds;
    private final Clock clock;

    TaskIndicators(JdbcClient jdbc, Clock clock, @Value("${fascicolo.kpi.escalation-activities}") List<String> escalationActivities) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.escalationActivities = List.copyOf(escalationActivities);
        this.escalationActivityIds = escalationActivities.stream()
                .map(activity -> activity.substring(activity.indexOf(':') + 1)).distinct().toList();
    }

    List<List<Object>> byUnit(KpiFilter filter) {
        return tasks(Indicator.TASKS_BY_UNIT, BY_UNIT, "coalesce(t.candidate_unit, t.delegated_unit)", filter);
    }

    List<List<Object>> byOperator(KpiFilter filter) {
        return tasks(Indicator.TASKS_BY_OPERATOR, BY_OPERATOR, "t.assignee", filter);
    }

    List<List<Object>> escalations(KpiFilter filter) {
        Conditions conditions = engineConditions(filter, WorkItems.COMUNE, WorkItems.AREA, "dl.body_code")
                .param("escalations", escalationActivities)
                .param("activities", escalationActivityIds);
        String sql = ESCALATIONS.formatted(WorkItems.joins("f"),
                Conditions.bodyJoin(filter, WorkItems.COMUNE, WorkItems.AREA, "f.start_time_::date"), conditions.sql());
        return Rows.query(jdbc, Indicator.ESCALATIONS, sql, conditions.params());
    }

    private List<List<Object>> tasks(Indicator indicator, String template, String key, KpiFilter filter) {
        Conditions conditions = engineConditions(filter, "t.comune", "t.area", "t.body_code");
        return Rows.query(jdbc, indicator, template.formatted(key, conditions.sql()), conditions.params());
    }

    /** The period cut at now: a task "open at the end" of a period still running is open today. */
    private Conditions engineConditions(KpiFilter filter, String comune, String area, String body) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneId.systemDefault()));
        LocalDateTime end = filter.engineEnd().isAfter(now) ? now : filter.engineEnd();
        return Conditions.of(filter, comune, area, body)
                .param("engineStart", filter.engineStart()).param("engineEnd", end);
    }
}
