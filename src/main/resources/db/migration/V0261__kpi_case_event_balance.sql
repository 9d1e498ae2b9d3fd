-- KPI (issue 6): the cases open at an instant (at the start of a period for the cases per month, at its end for the
-- caseload) were found by adding up every event of every case before it: the whole history at each reading. Each
-- row of kpi_case_event (V0221) now also carries its case's balance after it (the sum of the deltas of the case's
-- events up to it, in their order: 1 while the case is open) and the time of the case's next event (infinity for its
-- last). The cases open at an instant are then the events before it whose next event is not before it (the last of
-- their case) with a balance: the sum of those balances is the sum of all the deltas before the instant, case for
-- case, and a partial index finds them without reading the closed history.
--
-- How it stays correct: the two columns are part of kpi_case_event_source, computed over all the events of the case;
-- every trigger of V0221/V0223 already refreshes all the events of a case together from that view, so a new, moved,
-- reopened or deleted event changes its neighbours' rows in the same transaction. The rebuild below fills them in.
alter table kpi_case_event
    add column balance integer,
    add column next_at timestamptz;

create or replace view kpi_case_event_source as
select e.case_id, e.position, e.at, (e.at at time zone 'Europe/Rome')::date as day,
       case when e.kind = 'CLOSED' then -1 else 1 end as delta,
       c.comune, c.user_area_code as area, d.body_code,
       (sum(case when e.kind = 'CLOSED' then -1 else 1 end)
            over (partition by e.case_id order by e.at, e.position rows unbounded preceding))::integer as balance,
       lead(e.at, 1, 'infinity') over (partition by e.case_id order by e.at, e.position) as next_at
from case_event e
join social_case c on c.id = e.case_id
left join kpi_delegation d on d.comune = c.comune and d.area = c.user_area_code
     and (c.opened_at at time zone 'Europe/Rome')::date between d.valid_from and d.valid_to
where e.kind in ('OPENED', 'REOPENED', 'CLOSED');

select kpi_rebuild_case_event();
alter table kpi_case_event alter column balance set not null, alter column next_at set not null;

-- The last event before an instant of every case with a balance: the open cases (and any inconsistent history, whose
-- balance the readers add up as the plain sum did).
create index kpi_case_event_open on kpi_case_event (next_at)
    include (at, balance, case_id, comune, area, body_code) where balance <> 0;
-- The events of a period by day, read from the index alone.
drop index kpi_case_event_day;
create index kpi_case_event_day on kpi_case_event (day) include (delta, comune, area, body_code);
analyze kpi_case_event;
