-- KPI (issue 6): the closures by reason and the caseload read kpi_case_event alone. Each row also carries the coded
-- reason of a closure and the case's case manager of today, so that neither indicator joins the events to the cases
-- (both under row-level security) row by row: the closures of a period are read from the index by day, the caseload's
-- open cases from the index of V0261. Codes and operators' usernames only.
--
-- How it stays correct: both columns are part of kpi_case_event_source; the events are refreshed together from it as
-- before (V0221, V0223), and a case handed to another case manager now refreshes its events too.
alter table kpi_case_event
    add column reason       varchar(2000),
    add column case_manager varchar(60);

create or replace view kpi_case_event_source as
select e.case_id, e.position, e.at, (e.at at time zone 'Europe/Rome')::date as day,
       case when e.kind = 'CLOSED' then -1 else 1 end as delta,
       c.comune, c.user_area_code as area, d.body_code,
       (sum(case when e.kind = 'CLOSED' then -1 else 1 end)
            over (partition by e.case_id order by e.at, e.position rows unbounded preceding))::integer as balance,
       lead(e.at, 1, 'infinity') over (partition by e.case_id order by e.at, e.position) as next_at,
       case when e.kind = 'CLOSED' then e.detail end as reason, c.case_manager
from case_event e
join social_case c on c.id = e.case_id
left join kpi_delegation d on d.comune = c.comune and d.area = c.user_area_code
     and (c.opened_at at time zone 'Europe/Rome')::date between d.valid_from and d.valid_to
where e.kind in ('OPENED', 'REOPENED', 'CLOSED');

drop trigger kpi_case_event on social_case;
create trigger kpi_case_event after update of comune, user_area_code, opened_at, case_manager on social_case
    for each row execute function kpi_case_event_changed('id', 'select $1::bigint union select $2::bigint');

select kpi_rebuild_case_event();

drop index kpi_case_event_day;
create index kpi_case_event_day on kpi_case_event (day) include (delta, reason, comune, area, body_code);
drop index kpi_case_event_open;
create index kpi_case_event_open on kpi_case_event (next_at)
    include (at, balance, case_manager, comune, area, body_code) where balance <> 0;
analyze kpi_case_event;
