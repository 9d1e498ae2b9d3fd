-- KPI (issue 6): each row of kpi_task (V0201) also carries the work it belongs to, found once instead of at every
-- reading: the case, accesso or referral of its process instance's business key, the comune and area of that work
-- (the case's or the accesso's, the referral's through its case or accesso), and the unit and managing body the
-- delegation table puts in charge of that comune and area on the day the task began. The task indicators then read
-- this one table, filtered and grouped on its own columns. Ids and codes only: no person's data.
--
-- How it stays correct: kpi_task_source is still the plain query, now over the engine's history and the domain
-- tables; besides the engine's writes (V0201), the triggers below refresh the tasks whose attribution a write may
-- change: a process instance's business key, a case or accesso created, moved to another comune or area or deleted,
-- a referral's case or accesso, a delegation added, changed or removed. The refreshes read the domain tables as
-- their owner with fascicolo.rls_checking on (as rls_operator_may_see does, V0162): the figures count every task,
-- whoever's session writes.
alter table kpi_task
    add column case_id        bigint,
    add column intake_id      bigint,
    add column referral_id    bigint,
    add column comune         char(6),
    add column area           varchar(30),
    add column delegated_unit varchar(60),
    add column body_code      varchar(40);

create index kpi_task_proc_inst on kpi_task (proc_inst_id);
create index kpi_task_case on kpi_task (case_id) where case_id is not null;
create index kpi_task_intake on kpi_task (intake_id) where intake_id is not null;
create index kpi_task_referral on kpi_task (referral_id) where referral_id is not null;
create index kpi_task_comune_area on kpi_task (comune, area);

create or replace view kpi_task_source as
with tasks as (
    select t.id_ as task_id, t.proc_inst_id_ as proc_inst_id, t.assignee_ as assignee,
           substr(c.group_id_, strpos(c.group_id_, '@') + 1) as candidate_unit,
           t.start_time_ as started_at, t.end_time_ as ended_at, t.due_date_ as due_at, t.delete_reason_ as end_reason,
           rls_key_id(p.business_key_, 'case') as case_id, rls_key_id(p.business_key_, 'intake') as intake_id,
           rls_key_id(p.business_key_, 'referral') as referral_id
    from act_hi_taskinst t
    left join act_hi_procinst p on p.id_ = t.proc_inst_id_
    left join (select distinct on (l.task_id_) l.task_id_, l.group_id_
               from act_hi_identitylink l
               where l.type_ = 'candidate' and l.group_id_ is not null and l.operation_type_ = 'add'
               order by l.task_id_, l.timestamp_ desc, l.id_ desc) c on c.task_id_ = t.id_),
work as (
    select t.*, coalesce(wc.comune, wi.comune, wrc.comune, wri.comune) as comune,
           coalesce(wc.user_area_code, wi.user_area_code, wrc.user_area_code, wri.user_area_code) as area
    from tasks t
    left join social_case wc on wc.id = t.case_id
    left join intake wi on wi.id = t.intake_id
    left join referral wr on wr.id = t.referral_id
    left join social_case wrc on wrc.id = wr.case_id
    left join intake wri on wri.id = wr.intake_id)
select w.*, d.unit_code as delegated_unit, d.body_code
from work w
left join kpi_delegation d on d.comune = w.comune and d.area = w.area
     and w.started_at::date between d.valid_from and d.valid_to;

-- The given tasks again from the source; the caller has fascicolo.rls_checking on.
create function kpi_refresh_tasks(p_tasks varchar[]) returns void language sql as $$
    delete from kpi_task where task_id = any (p_tasks);
    insert into kpi_task select * from kpi_task_source s where s.task_id = any (p_tasks);
$$;

drop function kpi_refresh_task(varchar);

-- Refreshes the tasks a query selects, with the domain tables readable (the flag put back after). Only the owner
-- and the trigger functions below (security definer; PostgreSQL calls a trigger function only as a trigger) run it.
create function kpi_refresh_tasks_of(p_query text, p_arg1 anyelement, p_arg2 anyelement) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    checking text := coalesce(current_setting('fascicolo.rls_checking', true), '');
    selected varchar[];
begin
    perform set_config('fascicolo.rls_checking', 'on', true);
    execute 'select array(' || p_query || ')' into selected using p_arg1, p_arg2;
    perform kpi_refresh_tasks(selected);
    perform set_config('fascicolo.rls_checking', checking, true);
end
$$;
revoke execute on function kpi_refresh_tasks(varchar[]) from public;
revoke execute on function kpi_refresh_tasks_of(text, anyelement, anyelement) from public;

create or replace function kpi_rebuild_task() returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    checking text := coalesce(current_setting('fascicolo.rls_checking', true), '');
begin
    perform set_config('fascicolo.rls_checking', 'on', true);
    delete from kpi_task;
    insert into kpi_task select * from kpi_task_source;
    perform set_config('fascicolo.rls_checking', checking, true);
end
$$;

-- The trigger of the engine's and the domain's tables: its arguments are the column of the row written that the
-- query (second argument) takes, old and new value as $1 and $2 (text), to select the tasks to refresh.
create function kpi_task_work_changed() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    perform kpi_refresh_tasks_of(tg_argv[1], to_jsonb(old) ->> tg_argv[0], to_jsonb(new) ->> tg_argv[0]);
    return null;
end
$$;

create function kpi_task_delegation_changed() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    perform kpi_refresh_tasks_of('select t.task_id from kpi_task t join municipality m on m.istat_code = t.comune
                                  where (m.id, t.area) in ((cast($1[1] as bigint), $1[2]), (cast($2[1] as bigint), $2[2]))',
                                 array[old.municipality_id::text, old.user_area_code], array[new.municipality_id::text, new.user_area_code]);
    return null;
end
$$;

drop trigger kpi_task on act_hi_taskinst;
drop trigger kpi_task on act_hi_identitylink;
drop function kpi_task_changed();
drop function kpi_task_link_changed();
create trigger kpi_task after insert or update or delete on act_hi_taskinst
    for each row execute function kpi_task_work_changed('id_', 'select $1 union select $2');
create trigger kpi_task after insert or update or delete on act_hi_identitylink
    for each row execute function kpi_task_work_changed('task_id_', 'select $1 union select $2');
create trigger kpi_task after insert or update of business_key_ or delete on act_hi_procinst
    for each row execute function kpi_task_work_changed('id_',
        'select task_id from kpi_task where proc_inst_id in ($1, $2)');
create trigger kpi_task after insert or update of comune, user_area_code or delete on social_case
    for each row execute function kpi_task_work_changed('id',
        'select task_id from kpi_task where case_id in ($1::bigint, $2::bigint)
         union select t.task_id from kpi_task t join referral r on r.id = t.referral_id where r.case_id in ($1::bigint, $2::bigint)');
create trigger kpi_task after insert or update of comune, user_area_code or delete on intake
    for each row execute function kpi_task_work_changed('id',
        'select task_id from kpi_task where intake_id in ($1::bigint, $2::bigint)
         union select t.task_id from kpi_task t join referral r on r.id = t.referral_id where r.intake_id in ($1::bigint, $2::bigint)');
create trigger kpi_task after insert or update of case_id, intake_id or delete on referral
    for each row execute function kpi_task_work_changed('id',
        'select task_id from kpi_task where referral_id in ($1::bigint, $2::bigint)');
create trigger kpi_task after insert or update or delete on delegation
    for each row execute function kpi_task_delegation_changed();

select kpi_rebuild_task();
analyze kpi_task;
