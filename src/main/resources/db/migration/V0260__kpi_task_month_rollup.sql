-- KPI (issue 6): the tasks completed per month, counted once, so that the task indicators of a year add up a few
-- thousand rows instead of counting the hundred thousand tasks completed in it. One row per month of the task's end
-- (the engine's local time, as its history: a period's bounds are converted to it, so no time zone is needed here),
-- comune, area and managing body of the work, unit (the candidate group's, else the delegated one) and assignee,
-- with the tasks completed and those completed after their due date. The indicators read whole months from it, the
-- partial first and last month of a period and the tasks open at its end from kpi_task itself.
-- Codes and operators' usernames only: no case, accesso or person, hence no row-level security.
--
-- How it stays correct: kpi_task_month_source is the plain query over kpi_task. kpi_task's rows are only ever
-- deleted and inserted again by the refreshes that keep it (V0220-V0223); the triggers below take each completed
-- row deleted off its month and add each completed row inserted (an update both), in the same statement, so the
-- month rows follow kpi_task in the same transaction as the engine's or the domain's write. A month row that falls
-- to zero is deleted. kpi_rebuild_task_month() refills it from the view: this migration and a bulk load that
-- suspends the triggers (the synthetic ATS generator, after kpi_rebuild_task()) call it.
create table kpi_task_month (
    month          timestamp    not null,
    comune         char(6),
    area           varchar(30),
    body_code      varchar(40),
    unit           varchar(255),
    assignee       varchar(255),
    completed      bigint       not null,
    completed_late bigint       not null,
    unique nulls not distinct (month, comune, area, body_code, unit, assignee)
);

create view kpi_task_month_source as
select date_trunc('month', t.ended_at) as month, t.comune, t.area, t.body_code,
       coalesce(t.candidate_unit, t.delegated_unit) as unit, t.assignee,
       count(*) as completed, count(*) filter (where t.ended_at > t.due_at) as completed_late
from kpi_task t
where t.end_reason = 'completed' and t.ended_at is not null
group by 1, t.comune, t.area, t.body_code, 5, t.assignee;

-- Adds a completed task (sign 1) to its month, or takes it off (sign -1); static statements, whose plans each
-- connection keeps (the trigger fires at every task the engine completes).
create function kpi_count_task_month(p_task kpi_task, p_sign integer) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    remaining bigint;
    counted tid;
begin
    if p_task.end_reason is distinct from 'completed' or p_task.ended_at is null then
        return;
    end if;
    insert into kpi_task_month as m
    values (date_trunc('month', p_task.ended_at), p_task.comune, p_task.area, p_task.body_code,
            coalesce(p_task.candidate_unit, p_task.delegated_unit), p_task.assignee,
            p_sign, case when p_task.ended_at > p_task.due_at then p_sign else 0 end)
    on conflict (month, comune, area, body_code, unit, assignee) do update
        set completed = m.completed + excluded.completed, completed_late = m.completed_late + excluded.completed_late
    returning m.completed, m.ctid into remaining, counted;
    if remaining = 0 then
        delete from kpi_task_month where ctid = counted;
    end if;
end
$$;
revoke execute on function kpi_count_task_month(kpi_task, integer) from public;

create function kpi_task_month_counted() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform kpi_count_task_month(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform kpi_count_task_month(new, 1);
    end if;
    return null;
end
$$;

create trigger kpi_task_month after insert or update or delete on kpi_task
    for each row execute function kpi_task_month_counted();

create function kpi_rebuild_task_month() returns void language sql security definer set search_path = public, pg_temp as $$
    select kpi_refill('kpi_task_month');
$$;

-- The tasks open at a period's end and those completed in its partial months are read by end time from the index
-- alone (an index-only scan: the columns the indicators count and filter on are in it), instead of from the table.
drop index kpi_task_ended_at;
create index kpi_task_ended_at on kpi_task (ended_at)
    include (started_at, due_at, end_reason, candidate_unit, delegated_unit, assignee, comune, area, body_code);

select kpi_rebuild_task_month();
analyze kpi_task_month;
analyze kpi_task;
