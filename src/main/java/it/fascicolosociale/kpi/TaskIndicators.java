package it.fascicolosociale.kpi;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
 * (migrations V0201 and V0220), and the completed ones also from {@code kpi_task_month}, their counts per month
 * (V0260).
 */
@Component
class TaskIndicators {

    /**
     * Open and overdue at the period's end from the tasks themselves; completed from the month rollup for the whole
     * months of the period and from the tasks for the days before the first and after the last whole month.
     * {@code %1$s} is the key on {@code kpi_task}, {@code %2$s} on {@code kpi_task_month}, {@code %3$s} the filter.
     */
    private static final String TASKS = """
            with counted as (
                select key, sum(open) as open, sum(overdue) as overdue, sum(completed) as completed,
                       sum(completed_late) as completed_late
                from (select %1$s as key, 1 as open, case when t.due_at < :engineEnd then 1 else 0 end as overdue,
                             0 as completed, 0 as completed_late
                      from kpi_task t where t.ended_at is null and t.started_at < :engineEnd %3$s
                      union all
                      select %1$s, 1, case when t.due_at < :engineEnd then 1 else 0 end, 0, 0
                      from kpi_task t where t.ended_at >= :engineEnd and t.started_at < :engineEnd %3$s
                      union all
                      select %2$s, 0, 0, t.completed, t.completed_late
                      from kpi_task_month t where t.month >= :firstMonth and t.month < :monthsEnd %3$s
                      union all
                      select %1$s, 0, 0, 1, case when t.ended_at > t.due_at then 1 else 0 end
                      from kpi_task t where t.ended_at >= :engineStart and t.ended_at < :headEnd
                                        and t.end_reason = 'completed' %3$s
                      union all
                      select %1$s, 0, 0, 1, case when t.ended_at > t.due_at then 1 else 0 end
                      from kpi_task t where t.ended_at >= :monthsEnd and t.ended_at < :engineEnd
                                        and t.end_reason = 'completed' %3$s) counts
                group by key)
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
        return tasks(Indicator.TASKS_BY_UNIT, BY_UNIT, "coalesce(t.candidate_unit, t.delegated_unit)", "t.unit", filter);
    }

    List<List<Object>> byOperator(KpiFilter filter) {
        return tasks(Indicator.TASKS_BY_OPERATOR, BY_OPERATOR, "t.assignee", "t.assignee", filter);
    }

    List<List<Object>> escalations(KpiFilter filter) {
        Conditions conditions = engineConditions(filter, WorkItems.COMUNE, WorkItems.AREA, "dl.body_code")
                .param("escalations", escalationActivities)
                .param("activities", escalationActivityIds);
        String sql = ESCALATIONS.formatted(WorkItems.joins("f"),
                Conditions.bodyJoin(filter, WorkItems.COMUNE, WorkItems.AREA, "f.start_time_::date"), conditions.sql());
        return Rows.query(jdbc, Indicator.ESCALATIONS, sql, conditions.params());
    }

    private List<List<Object>> tasks(Indicator indicator, String template, String taskKey, String monthKey, KpiFilter filter) {
        Conditions conditions = wholeMonths(engineConditions(filter, "t.comune", "t.area", "t.body_code"));
        return Rows.query(jdbc, indicator, template.formatted(taskKey, monthKey, conditions.sql()), conditions.params());
    }

    /**
     * The whole months of the engine's local time within the period, {@code [firstMonth, monthsEnd)} (empty when
     * there are none), and the end of the days before them, {@code headEnd}; the days after them run from
     * {@code monthsEnd} to the period's end.
     */
    private static Conditions wholeMonths(Conditions conditions) {
        LocalDateTime start = (LocalDateTime) conditions.params().get("engineStart");
        LocalDateTime end = (LocalDateTime) conditions.params().get("engineEnd");
        LocalDateTime monthOfStart = start.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
        LocalDateTime firstMonth = monthOfStart.equals(start) ? start : monthOfStart.plusMonths(1);
        LocalDateTime monthOfEnd = end.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
        LocalDateTime monthsEnd = monthOfEnd.isAfter(firstMonth) ? monthOfEnd : firstMonth;
        return conditions.param("firstMonth", firstMonth).param("monthsEnd", monthsEnd)
                .param("headEnd", end.isBefore(firstMonth) ? end : firstMonth);
    }

    /** The period cut at now: a task "open at the end" of a period still running is open today. */
    private Conditions engineConditions(KpiFilter filter, String comune, String area, String body) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneId.systemDefault()));
        LocalDateTime end = filter.engineEnd().isAfter(now) ? now : filter.engineEnd();
        return Conditions.of(filter, comune, area, body)
                .param("engineStart", filter.engineStart()).param("engineEnd", end);
    }
}
