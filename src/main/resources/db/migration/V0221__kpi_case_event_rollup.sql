-- KPI (issue 6): the case events the case indicators count (opened or reopened: +1, closed: -1), one row per event
-- with its day in Italy and the case's comune and area of today and the managing body in charge of them on the day
-- the case was opened, so that the opened, closed and open cases of a period are summed from one narrow table
-- instead of reading every event of every case through the row-level security of both tables.
-- Ids, times and codes only: no person's data, hence no row-level security.
--
-- How it stays correct: kpi_case_event_source is the plain query; the triggers below refresh the events of a case in
-- the same transaction as a write of one of its events, of the case's comune, area or opening, and of a delegation
-- (the cases of its comune and area). They read the domain tables as their owner with fascicolo.rls_checking on
-- (as rls_operator_may_see does, V0162). kpi_rebuild_case_event() refills the whole table: this migration and a bulk
-- load that suspends the triggers (the synthetic ATS generator) call it.
create table kpi_case_event (
    case_id   bigint      not null,
    position  integer     not null,
    at        timestamptz not null,
    day       date        not null,
    delta     integer     not null,
    comune    char(6)     not null,
    area      varchar(30) not null,
    body_code varchar(40),
    primary key (case_id, position)
);
create index kpi_case_event_day on kpi_case_event (day);
create index kpi_case_event_comune_area on kpi_case_event (comune, area);

create view kpi_case_event_source as
select e.case_id, e.position, e.at, (e.at at time zone 'Europe/Rome')::date as day,
       case when e.kind = 'CLOSED' then -1 else 1 end as delta,
       c.comune, c.user_area_code as area, d.body_code
from case_event e
join social_case c on c.id = e.case_id
left join kpi_delegation d on d.comune = c.comune and d.area = c.user_area_code
     and (c.opened_at at time zone 'Europe/Rome')::date between d.valid_from and d.valid_to
where e.kind in ('OPENED', 'REOPENED', 'CLOSED');

-- One refresh and one refill for every rollup R kept from its view R_source by a key column, run as the owner with
-- the domain tables readable (fascicolo.rls_checking on, put back after); kpi_task's functions (V0220) now use them.
-- kpi_refresh refreshes the rows of the keys a query selects (old and new value of the row written as $1 and $2,
-- text); only the owner and the trigger functions (security definer) run it.
create function kpi_refresh(p_rollup text, p_key text, p_query text, p_arg1 text, p_arg2 text) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    checking text := coalesce(current_setting('fascicolo.rls_checking', true), '');
    key_type text := (select format_type(a.atttypid, a.atttypmod) from pg_attribute a
                      where a.attrelid = p_rollup::regclass and a.attname = p_key);
    selected text[];
begin
    perform set_config('fascicolo.rls_checking', 'on', true);
    execute 'select array(' || p_query || ')' into selected using p_arg1, p_arg2;
    execute format('delete from %1$I where %2$I = any (cast($1 as %3$s[]))', p_rollup, p_key, key_type) using selected;
    execute format('insert into %1$I select * from %1$I_source where %2$I = any (cast($1 as %3$s[]))', p_rollup, p_key, key_type)
        using selected;
    perform set_config('fascicolo.rls_checking', checking, true);
end
$$;
revoke execute on function kpi_refresh(text, text, text, text, text) from public;

create function kpi_refill(p_rollup text) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    checking text := coalesce(current_setting('fascicolo.rls_checking', true), '');
begin
    perform set_config('fascicolo.rls_checking', 'on', true);
    execute format('delete from %1$I', p_rollup);
    execute format('insert into %1$I select * from %1$I_source', p_rollup);
    perform set_config('fascicolo.rls_checking', checking, true);
end
$$;
revoke execute on function kpi_refill(text) from public;

create or replace function kpi_rebuild_task() returns void language sql security definer set search_path = public, pg_temp as $$
    select kpi_refill('kpi_task');
$$;

create function kpi_rebuild_case_event() returns void language sql security definer set search_path = public, pg_temp as $$
    select kpi_refill('kpi_case_event');
$$;

create or replace function kpi_refresh_tasks_of(p_query text, p_arg1 anyelement, p_arg2 anyelement) returns void
    language sql security definer set search_path = public, pg_temp as $$
    select kpi_refresh('kpi_task', 'task_id', p_query, p_arg1::text, p_arg2::text);
$$;
drop function kpi_refresh_tasks(varchar[]);
-- a delegation's tasks: those of its comune, as for its cases below (the arguments travel as text now)
drop trigger kpi_task on delegation;
drop function kpi_task_delegation_changed();
create trigger kpi_task after insert or update or delete on delegation
    for each row execute function kpi_task_work_changed('municipality_id',
        'select t.task_id from kpi_task t join municipality m on m.istat_code = t.comune where m.id in ($1::bigint, $2::bigint)');

-- The trigger: its arguments are the column of the row written that the query (second argument) takes.
create function kpi_case_event_changed() returns trigger
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    perform kpi_refresh('kpi_case_event', 'case_id', tg_argv[1], to_jsonb(old) ->> tg_argv[0], to_jsonb(new) ->> tg_argv[0]);
    return null;
end
$$;

create trigger kpi_case_event after insert or update or delete on case_event
    for each row execute function kpi_case_event_changed('case_id', 'select $1::bigint union select $2::bigint');
create trigger kpi_case_event after update of comune, user_area_code, opened_at on social_case
    for each row execute function kpi_case_event_changed('id', 'select $1::bigint union select $2::bigint');
create trigger kpi_case_event after insert or update or delete on delegation
    for each row execute function kpi_case_event_changed('municipality_id',
        'select c.id from social_case c join municipality m on m.istat_code = c.comune
         where m.id in ($1::bigint, $2::bigint)');

select kpi_rebuild_case_event();
analyze kpi_case_event;
