-- KPI (issue 6): the engine's history tasks as the task indicators count them, one row per task with the unit of
-- its candidate group already found (the latest candidate group added; its code after the '@'), so that the
-- indicators read one narrow table instead of looking up the identity links of every task of the period.
-- Ids, operators' usernames and times only: no person's data, hence no row-level security.
--
-- How it stays correct: kpi_task_source is the plain query over the engine's history; the triggers below apply it
-- to each task in the same transaction as the engine's write of that task or of one of its candidate links (in
-- whichever order the engine flushes them), and kpi_rebuild_task() refills the whole table from it. A bulk load
-- that suspends the triggers (the synthetic ATS generator) calls kpi_rebuild_task() before it commits; so does
-- this migration for the history already there.
create table kpi_task (
    task_id        varchar(64) primary key,
    proc_inst_id   varchar(64),
    assignee       varchar(255),
    candidate_unit varchar(255),
    started_at     timestamp not null,
    ended_at       timestamp,
    due_at         timestamp,
    end_reason     varchar(4000)
);
create index kpi_task_ended_at on kpi_task (ended_at);

create view kpi_task_source as
select t.id_ as task_id, t.proc_inst_id_ as proc_inst_id, t.assignee_ as assignee,
       substr(c.group_id_, strpos(c.group_id_, '@') + 1) as candidate_unit,
       t.start_time_ as started_at, t.end_time_ as ended_at, t.due_date_ as due_at, t.delete_reason_ as end_reason
from act_hi_taskinst t
left join (select distinct on (l.task_id_) l.task_id_, l.group_id_
           from act_hi_identitylink l
           where l.type_ = 'candidate' and l.group_id_ is not null and l.operation_type_ = 'add'
           order by l.task_id_, l.timestamp_ desc, l.id_ desc) c on c.task_id_ = t.id_;

create function kpi_refresh_task(p_task varchar) returns void language sql as $$
    delete from kpi_task where task_id = p_task;
    insert into kpi_task select * from kpi_task_source s where s.task_id = p_task;
$$;

create function kpi_rebuild_task() returns void language sql as $$
    delete from kpi_task;
    insert into kpi_task select * from kpi_task_source;
$$;

create function kpi_task_changed() returns trigger language plpgsql as $$
begin
    perform kpi_refresh_task(case when tg_op = 'DELETE' then old.id_ else new.id_ end);
    return null;
end
$$;

create function kpi_task_link_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') and new.task_id_ is not null then
        perform kpi_refresh_task(new.task_id_);
    end if;
    if tg_op in ('UPDATE', 'DELETE') and old.task_id_ is not null then
        perform kpi_refresh_task(old.task_id_);
    end if;
    return null;
end
$$;

create trigger kpi_task after insert or update or delete on act_hi_taskinst
    for each row execute function kpi_task_changed();
create trigger kpi_task after insert or update or delete on act_hi_identitylink
    for each row execute function kpi_task_link_changed();

select kpi_rebuild_task();
analyze kpi_task;
